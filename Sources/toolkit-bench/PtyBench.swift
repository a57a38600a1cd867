import Glibc

/// Measurement 5: programs on a real pseudo-terminal at 80x24, as a person sees them. The first
/// full frame is the last byte before the output goes quiet for 50 ms once the marker (the hint
/// line's "quit" for toolkit, the file name in less's first prompt) has arrived; a key's bytes are
/// everything the program writes until it is quiet for 50 ms.
enum PtyBench {
    static let quiet = 0.05
    /// The end of toolkit's hint line: the muted label of `q quit` as ncurses writes it (the
    /// last letter may follow an autowrap switch when the line fills all 80 columns).
    static let toolkitMarker = "m qui"
    /// The end of the `--plain` reader's prompt, printed after its first screen.
    static let plainPromptMarker = "q quit]> "

    enum KeyName: String, CaseIterable {
        case down = "↓", up = "↑", pageDown = "PgDn", end = "End"
    }

    struct Run {
        var firstFrame: Double
        var firstFrameBytes: Int
        var keyBytes: [KeyName: Int] = [:]
        var keyTimes: [KeyName: Double] = [:]
        var rssKilobytes: Int
        var usedApplicationCursorKeys = false
        var sawMarker: Bool
    }

    /// The bytes a terminal sends for a key, given the mode the program put it in.
    static func bytes(for key: KeyName, applicationMode: Bool) -> [UInt8] {
        switch key {
        case .down: return Array((applicationMode ? "\u{1b}OB" : "\u{1b}[B").utf8)
        case .up: return Array((applicationMode ? "\u{1b}OA" : "\u{1b}[A").utf8)
        case .pageDown: return Array("\u{1b}[6~".utf8)
        case .end: return Array((applicationMode ? "\u{1b}OF" : "\u{1b}[F").utf8)
        }
    }

    /// One session: spawn, first frame, the keys one by one, quit with `quitKeys`.
    static func session(_ arguments: [String], marker: String, keys: [KeyName], timeout: Double = 20,
                        quitKeys: String = "q", environment: [String] = benchEnvironment()) -> Run {
        let session = PtySession(arguments, environment: environment)
        let first = session.readUntilQuiet(marker: Array(marker.utf8), quiet: quiet, timeout: timeout)
        var run = Run(firstFrame: session.lastByteTime - session.spawnTime, firstFrameBytes: first.bytes,
                      rssKilobytes: 0, sawMarker: first.sawMarker)
        let application = session.applicationCursorKeys
        run.usedApplicationCursorKeys = application
        for key in keys {
            let sent = now()
            session.send(bytes(for: key, applicationMode: application))
            let response = session.readUntilQuiet(quiet: quiet, timeout: 5)
            run.keyBytes[key] = response.bytes
            run.keyTimes[key] = response.bytes > 0 ? session.lastByteTime - sent : .nan
        }
        run.rssKilobytes = session.finish(quitKeys: Array(quitKeys.utf8)).peakRSSKilobytes
        return run
    }

    /// Runs `count` sessions and returns them.
    static func sessions(_ count: Int, _ arguments: [String], marker: String, keys: [KeyName], timeout: Double = 20,
                         warmup: Bool = true, budget: Double = .infinity, quitKeys: String = "q") -> [Run] {
        if warmup { _ = session(arguments, marker: marker, keys: [], timeout: timeout, quitKeys: quitKeys) }
        var runs: [Run] = []
        let start = now()
        for _ in 0..<count {
            runs.append(session(arguments, marker: marker, keys: keys, timeout: timeout, quitKeys: quitKeys))
            if now() - start >= budget { break }
        }
        return runs
    }

    /// Adds the rows for a set of sessions; returns the medians by figure name, and the fastest
    /// first frame as "first fastest". `keyNote` says what the keys did, when that differs
    /// between programs.
    @discardableResult
    static func add(_ report: Report, _ group: String, _ label: String, _ runs: [Run], keys: [KeyName], rss: Bool = true,
                    keyNote: String = "") -> [String: Double] {
        var medians: [String: Double] = [:]
        let missing = runs.filter { !$0.sawMarker }.count
        let firstFrame = Samples(runs.map(\.firstFrame))
        report.add(Row(group, "\(label): first full frame", .seconds, firstFrame,
                       note: "\(Int(Samples(runs.map { Double($0.firstFrameBytes) }).median)) bytes" + (missing > 0 ? "; marker missing in \(missing) runs!" : "")))
        medians["first"] = firstFrame.median
        medians["first fastest"] = firstFrame.min
        for key in keys {
            let bytes = Samples(runs.compactMap { $0.keyBytes[key] }.map(Double.init))
            let times = Samples(runs.compactMap { $0.keyTimes[key] }.filter(\.isFinite))
            let sent = PtyBench.bytes(for: key, applicationMode: runs.first?.usedApplicationCursorKeys == true)
                .map { $0 == 0x1b ? "ESC" : String(UnicodeScalar($0)) }.joined(separator: " ")
            report.add(Row(group, "\(label): bytes written for \(key.rawValue)", .bytes, bytes,
                           note: "sent \(sent)" + (keyNote.isEmpty ? "" : "; " + keyNote)))
            report.add(Row(group, "\(label): \(key.rawValue) key to last byte", .seconds, times))
            medians[key.rawValue] = bytes.median
            medians[key.rawValue + " time"] = times.median
        }
        if rss {
            let peak = Samples(runs.map { Double($0.rssKilobytes) })
            report.add(Row(group, "\(label): peak RSS", .kilobytes, peak, note: "VmHWM before quitting"))
            medians["rss"] = peak.median
        }
        return medians
    }

    static func run(_ report: Report, toolkit: String, data: BenchData, scale: Double, work: String) {
        let group = "5. On a pseudo-terminal, 80x24, TERM=xterm-256color, LANG=C.UTF-8"
        let count = InProcess.runs(20, scale)
        // The same text for less: the plain output of the same menu and page, at 80 columns.
        let menuText = work + "/menu.txt"
        let pageText = work + "/plymouth-alliance.txt"
        _ = runProcess([toolkit], stdoutPath: menuText)
        _ = runProcess([toolkit, "case-studies/plymouth-alliance"], stdoutPath: pageText)

        progress("pty: toolkit, built-in menu")
        let menu = add(report, group, "toolkit (menu)", sessions(count, [toolkit], marker: toolkitMarker, keys: [.down]), keys: [.down])
        progress("pty: toolkit, plymouth-alliance page")
        let page = add(report, group, "toolkit case-studies/plymouth-alliance", sessions(count, [toolkit, "case-studies/plymouth-alliance"],
                       marker: toolkitMarker, keys: [.pageDown, .down]), keys: [.pageDown, .down])

        var lessMenu: [String: Double] = [:], lessPage: [String: Double] = [:]
        if let less = which("less") {
            progress("pty: less, the same texts")
            // The menu text fits the screen, so ↓ would only ring the bell: first frame only; ↓ is
            // measured on the page text, where it scrolls a line.
            lessMenu = add(report, group, "less menu.txt", sessions(count, [less, menuText], marker: "menu.txt", keys: []), keys: [])
            lessPage = add(report, group, "less plymouth-alliance.txt", sessions(count, [less, pageText], marker: "plymouth-alliance.txt",
                           keys: [.pageDown, .down]), keys: [.pageDown, .down])
            let ratioGroup = "5b. Ratios toolkit / less (same run, same text)"
            func ratio(_ name: String, _ a: Double?, _ b: Double?) {
                guard let a, let b, b > 0 else { return }
                report.add(Row(ratioGroup, name, .ratio, value: a / b))
            }
            ratio("first full frame, menu", menu["first"], lessMenu["first"])
            ratio("first full frame, plymouth-alliance page", page["first"], lessPage["first"])
            ratio("bytes for ↓: toolkit menu / less page text", menu["↓"], lessPage["↓"])
            ratio("bytes for ↓, page", page["↓"], lessPage["↓"])
            ratio("bytes for PgDn, page", page["PgDn"], lessPage["PgDn"])
            ratio("peak RSS, menu", menu["rss"], lessMenu["rss"])
        } else {
            report.note("less is not installed (apt-get install -y less): no ratios")
        }

        progress("pty: toolkit --content pages-10000")
        let largeGroup = "5c. Large content on the pty, 80x24"
        let large = add(report, largeGroup, "toolkit --content pages-10000 (menu)",
                        sessions(InProcess.runs(10, scale), [toolkit, "--content", data.pages10k], marker: toolkitMarker, keys: [.down], warmup: false, budget: 10 * scale), keys: [.down])
        progress("pty: toolkit --plain --content pages-10000")
        let plainLarge = add(report, largeGroup, "toolkit --plain --content pages-10000 (menu and prompt)",
                             sessions(InProcess.runs(10, scale), [toolkit, "--plain", "--content", data.pages10k], marker: plainPromptMarker, keys: [],
                                      warmup: false, budget: 10 * scale, quitKeys: "q\n"), keys: [])
        progress("pty: toolkit --content big-page, the 1 MB and the 2 KB page")
        let allKeys: [KeyName] = [.down, .pageDown, .end]
        let big = add(report, largeGroup, "toolkit --content big-page big/one-megabyte",
                      sessions(InProcess.runs(10, scale), [toolkit, "--content", data.bigPage, Generator.bigPageID], marker: toolkitMarker, keys: allKeys),
                      keys: allKeys)
        let small = add(report, largeGroup, "toolkit --content big-page big/two-kilobytes",
                        sessions(InProcess.runs(10, scale), [toolkit, "--content", data.bigPage, Generator.smallPageID], marker: toolkitMarker, keys: allKeys),
                        keys: allKeys)

        // Budgets.
        if let t = menu["first"], let l = lessMenu["first"] {
            report.budget("first full frame of the built-in toolkit ≤ 1.5x less's on the same text (\(PtyBench.format(l)) → ≤ \(PtyBench.format(1.5 * l)))",
                          measured: t, limit: 1.5 * l, unit: .seconds, shown: PtyBench.format(t) + " (" + fixed(t / l, 2) + "x less)")
        }
        report.budget("↓ in a menu ≤ 200 bytes (issue 26: the whole selected row reversed; lynx 197)", measured: menu["↓"], limit: 200, unit: .bytes)
        if let full = large["first"] {
            report.budget("--plain on 10,000 pages: menu and prompt printed ≤ 2x the full screen's first frame (\(PtyBench.format(full)) → ≤ \(PtyBench.format(2 * full)))",
                          measured: plainLarge["first"], limit: 2 * full, unit: .seconds,
                          shown: plainLarge["first"].map { PtyBench.format($0) + " (" + fixed($0 / full, 2) + "x)" } ?? "not measured")
        }
        if let l = lessPage["PgDn"] {
            report.budget("PgDn in a page ≤ less's bytes (\(fixed(l, 0)) B)", measured: page["PgDn"], limit: l, unit: .bytes)
        }
        report.budget("peak RSS on the built-in toolkit ≤ 7 MB (interactive, menu)", measured: menu["rss"], limit: 7 * 1024, unit: .kilobytes)
        report.budget("10,000-page toolkit: first frame ≤ 100 ms", measured: large["first"], limit: 0.1, unit: .seconds)
        report.budget("10,000-page toolkit: peak RSS ≤ 40 MB", measured: large["rss"], limit: 40 * 1024, unit: .kilobytes)
        report.budget("1 MB page: open (first frame) ≤ 30 ms", measured: big["first"], limit: 0.03, unit: .seconds)
        for key in allKeys {
            if let b = big[key.rawValue], let s = small[key.rawValue] {
                report.add(Row("5d. 1 MB page vs 2 KB page on the pty", "bytes for \(key.rawValue): 1 MB / 2 KB", .ratio, value: b / max(1, s)))
            }
            if let b = big[key.rawValue + " time"], let s = small[key.rawValue + " time"] {
                report.add(Row("5d. 1 MB page vs 2 KB page on the pty", "\(key.rawValue) key to last byte: 1 MB / 2 KB", .ratio, value: b / s))
            }
        }
    }

    /// The built-in menu on the pty and the binary size, for another build of toolkit.
    static func compare(_ report: Report, name: String, toolkit: String, scale: Double) {
        let group = "6. Other build: \(name)"
        add(report, group, "\(name): toolkit (menu)", sessions(InProcess.runs(20, scale), [toolkit], marker: toolkitMarker, keys: [.down]), keys: [.down])
        if let peak = peakRSSOfRun([toolkit, "check"]) {
            report.add(Row(group, "\(name): toolkit check: peak RSS", .kilobytes, value: Double(peak.kilobytes), note: "GNU time %M"))
        }
        let size = Double(fileSize(toolkit) ?? 0)
        report.add(Row(group, "\(name): binary size", .bytes, value: size, note: fixed(size / 1_048_576, 1) + " MiB"))
    }

    static func format(_ seconds: Double) -> String { Unit.seconds.format(seconds) }
}

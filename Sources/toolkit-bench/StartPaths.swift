import Glibc

/// Issue 25's comparison: every way of starting beside `toolkit` alone, on the pty at 80x24 for
/// the full-screen starts and as whole processes for the printing ones, interleaved round by
/// round (the order turning each round) so that load from other builds falls on all alike. With
/// `--baseline PATH` (an older binary) its rows are interleaved in the same rounds, and the goals
/// hold each start of `--toolkit` against the baseline's `toolkit`: first frame within 1.1x, peak
/// RSS within 0.3 MB.
enum StartPaths {
    static let group = "5h. Every way of starting beside toolkit (issue 25), on the pty at 80x24, interleaved round by round"
    static let printingGroup = "5i. Printing starts, output to /dev/null (issue 25), whole process, in the same rounds"

    /// A full-screen start: its label and the arguments after the binary.
    private struct Start {
        var label: String
        var arguments: [String]
    }

    static func run(_ report: Report, toolkit: String, baseline: String?, scale: Double) {
        let socket = "/tmp/toolkit-bench-starts-\(getpid()).sock"
        unlink(socket)
        // One presenter for every follower start, from the binary measured.
        let presenter = PtySession([toolkit, "present", "--share", "--socket", socket, "correctives"], columns: 100, rows: 30)
        _ = presenter.readUntilQuiet(marker: Array("Overview".utf8), quiet: 0.2, timeout: 20)
        defer {
            _ = presenter.finish()
            unlink(socket)
        }
        let starts = [
            Start(label: "toolkit", arguments: []),
            Start(label: "toolkit --fresh", arguments: ["--fresh"]),
            Start(label: "toolkit --theme light", arguments: ["--theme", "light"]),
            Start(label: "toolkit --mouse", arguments: ["--mouse"]),
            Start(label: "toolkit --content Content", arguments: ["--content", "Content"]),
            Start(label: "toolkit present", arguments: ["present"]),
            Start(label: "toolkit follow", arguments: ["follow", "--socket", socket]),
        ]
        let printing = [["correctives"], ["show", "correctives"], ["show", "--all"], ["tree"], ["search", "partnership"], ["check"], ["--version"]]
        let binaries = [("", toolkit)] + (baseline.map { [("baseline ", $0)] } ?? [])

        var sessions: [(label: String, arguments: [String])] = []
        var processes: [(label: String, arguments: [String])] = []
        for (prefix, binary) in binaries {
            sessions += starts.map { (prefix + $0.label, [binary] + $0.arguments) }
            processes += printing.map { (prefix + "toolkit " + $0.joined(separator: " "), [binary] + $0) }
        }
        for session in sessions { _ = PtyBench.session(session.arguments, marker: PtyBench.toolkitMarker, keys: []) }
        var runs = [[PtyBench.Run]](repeating: [], count: sessions.count)
        var times = [[Double]](repeating: [], count: processes.count)
        var peaks = [[Double]](repeating: [], count: processes.count)
        for round in 0..<InProcess.runs(15, scale) {
            progress("pty: every way of starting, round \(round + 1)")
            for offset in sessions.indices {
                let index = (round + offset) % sessions.count
                runs[index].append(PtyBench.session(sessions[index].arguments, marker: PtyBench.toolkitMarker, keys: []))
            }
            for offset in processes.indices {
                let index = (round + offset) % processes.count
                times[index].append(runProcess(processes[index].arguments).seconds)
                if let peak = peakRSSOfRun(processes[index].arguments) { peaks[index].append(Double(peak.kilobytes)) }
            }
        }

        var medians: [String: [String: Double]] = [:]
        for (session, sessionRuns) in zip(sessions, runs) {
            medians[session.label] = PtyBench.add(report, group, session.label, sessionRuns, keys: [])
        }
        for (index, process) in processes.enumerated() {
            report.add(Row(printingGroup, "\(process.label): wall time", .seconds, Samples(times[index])))
            if !peaks[index].isEmpty { report.add(Row(printingGroup, "\(process.label): peak RSS", .kilobytes, Samples(peaks[index]), note: "GNU time %M")) }
        }

        let reference = medians[baseline == nil ? "toolkit" : "baseline toolkit"] ?? [:]
        let name = baseline == nil ? "toolkit" : "the baseline's toolkit"
        for start in starts.dropFirst() {
            let figures = medians[start.label] ?? [:]
            report.goal(.atMost("issue 25: \(start.label): first frame ≤ 1.1x \(name)'s", measured: figures["first"],
                                limit: reference["first"].map { $0 * 1.1 }, unit: .seconds,
                                reference: reference["first"].map { "1.1 × " + Unit.seconds.format($0) } ?? "-",
                                ratio: figures["first"].flatMap { f in reference["first"].map { fixed(f / $0, 2) + "x" } }))
            report.goal(.atMost("issue 25: \(start.label): peak RSS ≤ \(name)'s + 0.3 MB", measured: figures["rss"],
                                limit: reference["rss"].map { $0 + 0.3 * 1024 }, unit: .kilobytes,
                                reference: reference["rss"].map { Unit.kilobytes.format($0) + " + 0.3 MB" } ?? "-",
                                ratio: figures["rss"].flatMap { f in reference["rss"].map { (f >= $0 ? "+" : "") + Unit.kilobytes.format(f - $0) } }))
        }
    }
}

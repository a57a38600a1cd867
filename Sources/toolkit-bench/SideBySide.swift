/// Issue 16's comparison: toolkit's built-in menu, `less` on the whole toolkit as text
/// (`toolkit show --all`), and `w3m` and `lynx` on it as HTML (`show --all --format html`), each
/// on a pty at 80x24 with a fresh HOME, interleaved round by round (the order turning each round)
/// so that load from other builds falls on all of them alike. The same rounds time `--version`
/// of toolkit and less as whole processes.
enum SideBySide {
    static let group = "5e. Side by side (issue 16): the same words in toolkit, less, w3m and lynx, interleaved round by round"
    static let versionGroup = "5f. --version as a whole process, output to /dev/null (issue 16), in the same rounds"
    /// w3m's status line once it shows the document: `≪ ↑ ↓ Viewing <title>` (its loading line
    /// before that reads `1.04kb loaded`).
    static let w3mMarker = "Viewing <"
    /// lynx's status line under a document longer than the screen, drawn after the text.
    static let lynxMarker = "press space for next page"

    /// The medians this run measured, by figure name (`PtyBench.add`'s), for each program.
    struct Figures {
        var toolkit: [String: Double] = [:]
        var less: [String: Double]?
        var w3m: [String: Double]?
        var lynx: [String: Double]?
        var toolkitVersion: Double?
        var lessVersion: Double?
    }

    static func run(_ report: Report, toolkit: String, work: String, scale: Double) -> Figures {
        let text = work + "/all.txt"
        let html = work + "/all.html"
        _ = runProcess([toolkit, "show", "--all"], stdoutPath: text)
        _ = runProcess([toolkit, "show", "--all", "--format", "html"], stdoutPath: html)

        let builtin = PtyProgram(label: "toolkit (built-in menu)", arguments: [toolkit], marker: PtyBench.toolkitMarker,
                                 down: "moves the selection to the next item")
        let less = which("less").map {
            PtyProgram(label: "less all.txt", arguments: [$0, text], marker: "all.txt", down: "scrolls the text a line")
        }
        let w3m = which("w3m").map {
            PtyProgram(label: "w3m all.html", arguments: [$0, "-no-cookie", html], marker: w3mMarker,
                       down: "moves the cursor down a line", quitKeys: "Q")
        }
        let lynx = which("lynx").map {
            PtyProgram(label: "lynx all.html", arguments: [$0, "-accept_all_cookies", "-nopause", html], marker: lynxMarker,
                       down: "moves to the next link", quitKeys: "Q")
        }
        let missing = zip(["less", "w3m", "lynx"], [less, w3m, lynx]).filter { $0.1 == nil }.map(\.0)
        if !missing.isEmpty {
            report.note("not installed, so not compared (apt-get install -y less w3m lynx): " + missing.joined(separator: ", "))
        }
        let programs = [builtin] + [less, w3m, lynx].compactMap { $0 }
        let versions = [[toolkit, "--version"]] + (less.map { [[$0.arguments[0], "--version"]] } ?? [])

        for program in programs { _ = program.session(keys: []) }
        for arguments in versions { _ = runProcess(arguments) }
        var runs = [[PtyBench.Run]](repeating: [], count: programs.count)
        var versionTimes = [[Double]](repeating: [], count: versions.count)
        for round in 0..<InProcess.runs(15, scale) {
            progress("pty: side by side, round \(round + 1)")
            for offset in programs.indices {
                let index = (round + offset) % programs.count
                runs[index].append(programs[index].session(keys: [.down]))
            }
            for _ in 0..<3 {
                for index in versions.indices { versionTimes[index].append(runProcess(versions[index]).seconds) }
            }
        }

        var medians: [String: [String: Double]] = [:]
        for (program, programRuns) in zip(programs, runs) {
            medians[program.label] = PtyBench.add(report, group, program.label, programRuns, keys: [.down], keyNote: program.down)
        }
        let versionMedians = zip(versions, versionTimes).map { arguments, times in
            let samples = Samples(times)
            report.add(Row(versionGroup, "\(arguments[0].split(separator: "/").last ?? "") --version: wall time", .seconds, samples))
            return samples.median
        }
        return Figures(toolkit: medians[builtin.label] ?? [:], less: less.flatMap { medians[$0.label] }, w3m: w3m.flatMap { medians[$0.label] },
                       lynx: lynx.flatMap { medians[$0.label] }, toolkitVersion: versionMedians.first,
                       lessVersion: versionMedians.count > 1 ? versionMedians[1] : nil)
    }
}

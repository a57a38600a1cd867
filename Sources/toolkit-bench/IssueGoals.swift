import Glibc

/// Issue 16's goals ("lighter and quicker"), side by side in one run and printed at the end of
/// the report as ratios with "met" or "missed". Figures other sections already measured in this
/// run (the 1 MB page's first frame, `toolkit check`'s peak RSS) are reused; with `--only goals`
/// they are measured here.
enum IssueGoals {
    static let bigPageFirstFrame = "toolkit --content big-page big/one-megabyte: first full frame"
    static let checkPeak = "toolkit check --content pages-10000: peak RSS"

    static func run(_ report: Report, toolkit: String, data: BenchData, scale: Double, work: String) {
        let loadBefore = oneMinuteLoad()
        let side = SideBySide.run(report, toolkit: toolkit, work: work, scale: scale)
        let loadAfter = oneMinuteLoad()
        let cores = Double(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        if max(loadBefore, loadAfter) >= cores {
            // Seen on this machine: with both cores busy the median ratio to less fell from 5.3x
            // to 2.3x and 3.1x, and the ratio of the fastest runs rose to 10.9x once.
            report.note("the machine was busy during the side by side (load average \(fixed(loadBefore, 2)) before, \(fixed(loadAfter, 2)) after, "
                        + "on \(Int(cores)) cores): its times and goal 1's ratios are unreliable; sizes, bytes and RSS are not affected")
        }
        if report.row(bigPageFirstFrame) == nil {
            progress("pty: toolkit --content big-page big/one-megabyte")
            PtyBench.add(report, "5c. Large content on the pty, 80x24", "toolkit --content big-page big/one-megabyte",
                         PtyBench.sessions(InProcess.runs(10, scale), [toolkit, "--content", data.bigPage, Generator.bigPageID],
                                           marker: PtyBench.toolkitMarker, keys: []), keys: [])
        }
        let search = FirstSearch.run(report, toolkit: toolkit, data: data, scale: scale)
        let check = [toolkit, "check", "--content", data.pages10k]
        if report.row(checkPeak) == nil {
            progress("whole process: toolkit check --content pages-10000")
            let peaks = (0..<2).compactMap { _ in peakRSSOfRun(check) }.map { Double($0.kilobytes) }
            if !peaks.isEmpty { report.add(Row("4. Whole process, output not a terminal", checkPeak, .kilobytes, Samples(peaks), note: "GNU time %M")) }
        }
        // The same problems: none in the generated folder (exit 0), and in a copy with problems
        // planted, each of them, with the same output in two runs.
        let clean = capture(check, errors: true)
        let planted = data.root + "/pages-10000-problems"
        PlantedProblems.make(from: data.pages10k, at: planted)
        let checks = (0..<2).map { _ in capture([toolkit, "check", "--content", planted], errors: true) }
        let checkSame = clean.exitCode == 0 && checks[0].exitCode != 0 && checks[0].output == checks[1].output
            && checks[0].exitCode == checks[1].exitCode && PlantedProblems.allReported(in: checks[0].output)
        let problemLines = checks[0].output.split(separator: "\n").filter { $0.hasPrefix(planted) }.count

        let less = side.less?["first"]
        let builtin = side.toolkit["first"]
        // Under load every start waits for a core, which pulls the median ratio towards 1; the
        // ratio of the fastest runs, which waited least, is printed beside it.
        let fastest = side.toolkit["first fastest"].flatMap { t in side.less?["first fastest"].map { t / $0 } }
        let frameRatio = builtin.flatMap { t in less.map { fixed(t / $0, 2) + "x less" + (fastest.map { " (fastest runs " + fixed($0, 2) + "x)" } ?? "") } }
        for (factor, kind) in [(2.0, "goal"), (1.5, "aim")] {
            report.goal(.atMost("1. First full frame, built-in toolkit at 80x24, ≤ \(fixed(factor, 1))x less on its `show --all` text (\(kind))",
                                measured: builtin, limit: less.map { factor * $0 }, unit: .seconds,
                                reference: less.map { "\(fixed(factor, 1)) × less \(Unit.seconds.format($0)) = \(Unit.seconds.format(factor * $0))" } ?? "less not measured",
                                ratio: frameRatio))
        }
        let rss = side.toolkit["rss"]
        let browsers = [("lynx", side.lynx?["rss"]), ("w3m", side.w3m?["rss"])].compactMap { name, value in value.map { (name, $0) } }
        let lowest = browsers.count == 2 ? browsers.map(\.1).min() : nil
        report.goal(.atMost("2. Peak RSS, built-in toolkit's menu, below both lynx and w3m (goal)", measured: rss, limit: lowest, unit: .kilobytes,
                            reference: "lower of " + browsers.map { "\($0.0) \(Unit.kilobytes.format($0.1))" }.joined(separator: ", "),
                            strictly: true))
        report.goal(.atMost("2. Peak RSS, built-in toolkit's menu, ≤ 7 MB (aim)", measured: rss, limit: 7 * 1024, unit: .kilobytes, reference: "7 MB"))
        report.goal(.atMost("3. 1 MB page: whole-process first frame ≤ 30 ms", measured: report.row(bigPageFirstFrame)?.median, limit: 0.03,
                            unit: .seconds, reference: "30 ms"))
        report.goal(.atMost("4. First search on 10,000 pages: Enter to the answer on screen ≤ 0.5 s", measured: search.firstSearch, limit: 0.5,
                            unit: .seconds, reference: "0.5 s"))
        report.goal(.atMost("4. The same search with the index built: Enter to the answer ≤ 0.5 s", measured: search.secondSearch, limit: 0.5,
                            unit: .seconds, reference: "0.5 s"))
        report.goal(.atMost("4. Without slowing keys: slowest ↓ in the 10,000-page menu in the first \(fixed(FirstSearch.startWindow, 0)) s ≤ 100 ms",
                            measured: search.slowestDown, limit: 0.1, unit: .seconds,
                            reference: "100 ms (the harness's reading of \"without slowing keys\")"))
        var checkGoal = Goal.atMost("4. `toolkit check` of 10,000 pages: peak RSS < 60 MB, reporting the same problems", measured: report.row(checkPeak)?.median,
                                    limit: 60 * 1024, unit: .kilobytes, reference: "60 MB; the \(PlantedProblems.plants.count) planted problems", strictly: true)
        let outcome = "no problems (exit \(clean.exitCode)); planted: \(problemLines) lines (exit \(checks[0].exitCode))"
        checkGoal.measured += "; " + outcome
        if !checkSame {
            checkGoal.met = false
            checkGoal.verdict = "**missed**: a planted problem not reported, the clean folder not clean, or two runs differ"
        }
        report.goal(checkGoal)
        if let version = side.toolkitVersion, let lessVersion = side.lessVersion {
            report.goal(Goal(goal: "`toolkit --version` against `less --version`, whole process", measured: Unit.seconds.format(version),
                             reference: "less \(Unit.seconds.format(lessVersion))", ratio: fixed(version / lessVersion, 2) + "x less", met: nil,
                             verdict: "no goal set; for reference"))
        }
    }

    /// The load average over the last minute, from /proc/loadavg (0 if unreadable).
    static func oneMinuteLoad() -> Double {
        ((try? readFile("/proc/loadavg"))?.split(separator: " ").first).flatMap { Double($0) } ?? 0
    }
}

import Glibc

/// Measurement 4: the real binary as a whole process, with its output to /dev/null (so it prints
/// plain text): wall time from spawn to exit and peak RSS, plus the binary's size.
enum WholeProcess {
    static func run(_ report: Report, toolkit: String, data: BenchData, scale: Double) {
        let group = "4. Whole process, output not a terminal"
        func time(_ name: String, _ arguments: [String], runs: Int, warm: Bool = true, budget: Double = .infinity, note: String = "") {
            if warm { _ = runProcess(arguments) } // warm the page cache
            var seconds: [Double] = []
            var failed: Int32?
            for _ in 0..<runs {
                let (elapsed, result) = runProcess(arguments)
                if !result.exitedNormally || result.exitCode != 0 { failed = result.exitCode }
                seconds.append(elapsed)
                if seconds.reduce(0, +) >= budget { break }
            }
            let exitNote = failed.map { " (exit status \($0)!)" } ?? ""
            report.add(Row(group, name + ": wall time", .seconds, Samples(seconds), note: note + exitNote))
            var rss: [Double] = []
            for _ in 0..<min(5, seconds.count) {
                guard let peak = peakRSSOfRun(arguments) else { break }
                rss.append(Double(peak.kilobytes))
            }
            if rss.isEmpty {
                report.note("/usr/bin/time is missing (apt-get install -y time): no peak RSS for whole runs")
            } else {
                report.add(Row(group, name + ": peak RSS", .kilobytes, Samples(rss), note: "GNU time %M"))
            }
        }
        let base = InProcess.runs(30, scale)
        if supportsShow(toolkit) {
            time("toolkit show --all > /dev/null", [toolkit, "show", "--all"], runs: base)
        } else {
            report.note("`toolkit show` does not exist yet: measured `toolkit PAGE > /dev/null` and `toolkit check` instead")
        }
        time("toolkit --help > /dev/null (start-up floor: no content loaded)", [toolkit, "--help"], runs: base)
        time("toolkit > /dev/null (the menu as text)", [toolkit], runs: base)
        time("toolkit case-studies/plymouth-alliance > /dev/null", [toolkit, "case-studies/plymouth-alliance"], runs: base)
        time("toolkit check", [toolkit, "check"], runs: base)
        time("toolkit --content big-page big/one-megabyte > /dev/null", [toolkit, "--content", data.bigPage, Generator.bigPageID],
             runs: InProcess.runs(10, scale))
        time("toolkit check --content pages-10000", [toolkit, "check", "--content", data.pages10k], runs: InProcess.runs(5, scale), warm: false, budget: 8 * scale)

        let sizeGroup = "4b. Binary size"
        let binary = Double(fileSize(toolkit) ?? 0)
        report.add(Row(sizeGroup, "toolkit release binary (\(toolkit.split(separator: "/").last ?? ""))", .bytes, value: binary,
                       note: fixed(binary / 1_048_576, 1) + " MiB"))
        let swiftLibraries = swiftRuntimeLibraries(of: toolkit)
        let librariesSize = Double(swiftLibraries.compactMap(fileSize).reduce(0, +))
        report.add(Row(sizeGroup, "Swift runtime libraries it loads from the toolchain (\(swiftLibraries.count))", .bytes, value: librariesSize,
                       note: fixed(librariesSize / 1_048_576, 1) + " MiB, not in the binary: "
                           + swiftLibraries.map { String($0.split(separator: "/").last ?? "") }.joined(separator: ", ")))
    }

    /// Whether the binary has a `show` subcommand.
    static func supportsShow(_ toolkit: String) -> Bool {
        runProcess([toolkit, "show", "--help"]).result.exitCode == 0
    }

    /// The Swift shared libraries (outside /lib and /usr/lib) that `ldd` says the binary loads.
    static func swiftRuntimeLibraries(of binary: String) -> [String] {
        guard let ldd = which("ldd") else { return [] }
        return capture([ldd, binary]).output.split(separator: "\n").compactMap { line -> String? in
            guard let arrow = line.range(of: "=> ") else { return nil }
            let path = line[arrow.upperBound...].split(separator: " ").first.map(String.init) ?? ""
            return path.contains("swift") ? path : nil
        }
    }
}

extension Substring {
    func range(of needle: String) -> Range<Index>? {
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(needle) { return index..<self.index(index, offsetBy: needle.count) }
            index = self.index(after: index)
        }
        return nil
    }
}

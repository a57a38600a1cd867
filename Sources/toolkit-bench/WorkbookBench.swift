import Catalog
import Glibc
import Workbook

/// Measurement 9: the workbook store. In process, the time from an answer given to it committed
/// (what the screen waits for before it marks the answer saved); as whole processes, listing and
/// exporting a workbook of 10,000 answers. `answer-burst` is the writer the kill -9 test kills.
enum WorkbookBench {
    static let group = "9. Workbook store (issue 23)"

    static func run(_ report: Report, toolkit: String, scale: Double, work: String) {
        let folder = work + "/workbook-bench"
        _ = runProcess(["/bin/rm", "-rf", folder])
        let path = folder + "/toolkit/" + WorkbookLocation.fileName
        do {
            let store = try WorkbookStore(path: path)
            var number = 0
            let samples = measure(runs: InProcess.runs(400, scale), warmup: 5, budget: 10) {
                number += 1
                do { try store.save(answer(number, on: "tools/partnership-checklist"), in: "bench") } catch { fatal("\(error)") }
            }
            report.add(Row(group, "one answer saved and committed (WAL, synchronous FULL)", .seconds, samples, note: "in process, one transaction each"))
            report.budget("an answer committed ≤ 5 ms (median)", measured: samples.median, limit: 0.005, unit: .seconds)

            let answers = (0..<10_000).map { answer($0, on: "bench/page-\($0 % 100)") }
            try store.importAnswers(answers, as: "ten-thousand", replacing: true)
        } catch {
            fatal("workbook bench: \(error)")
        }
        let environment = ["XDG_DATA_HOME=" + folder]
        for (name, arguments) in [("toolkit workbook list (10,000 answers)", ["workbook", "list"]),
                                  ("toolkit workbook show ten-thousand --format json", ["workbook", "show", "ten-thousand", "--format", "json"]),
                                  ("toolkit workbook show ten-thousand --format html", ["workbook", "show", "ten-thousand", "--format", "html"]),
                                  ("toolkit workbook show ten-thousand (text)", ["workbook", "show", "ten-thousand"])] {
            var seconds: [Double] = []
            for _ in 0..<InProcess.runs(10, scale) {
                let (elapsed, result) = runProcess([toolkit] + arguments, environment: environment)
                if result.exitCode != 0 { fatal("\(name) exited with \(result.exitCode)") }
                seconds.append(elapsed)
            }
            let samples = Samples(seconds)
            report.add(Row(group, name, .seconds, samples, note: "whole process"))
            report.budget(name + " < 0.5 s", measured: samples.median, limit: 0.5, unit: .seconds)
        }
        _ = runProcess(["/bin/rm", "-rf", folder])
    }

    /// `toolkit-bench answer-burst DATABASE COUNT`: saves COUNT answers one transaction each and
    /// prints `saved N` once each is committed, for a test to kill it in the middle.
    static func burst(database: String, count: Int) {
        do {
            let store = try WorkbookStore(path: database)
            for number in 0..<count {
                try store.save(answer(number, on: "tools/partnership-checklist"), in: "burst")
                let line = Array("saved \(number)\n".utf8)
                _ = line.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            }
        } catch {
            fatal("\(error)")
        }
    }

    private static func answer(_ number: Int, on page: String) -> ItemAnswer {
        let text = "Generated item \(number)?"
        return ItemAnswer(pageID: PageID(page), itemKey: TaskItem.key(for: text), itemText: text,
                          choice: AnswerChoice.allCases[number % 4], note: number % 3 == 0 ? "a note on item \(number)" : "",
                          changedAt: 1_800_000_000 + Int64(number))
    }
}

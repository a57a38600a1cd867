import Catalog
import Glibc

/// Measurement 3: search across the built-in and the 10,000-page toolkit: building the index,
/// the memory it keeps, and the first and later run of each kind of query issue 18 asks for
/// (a word on every page, a rare word, word forms, a phrase, a prefix, a misspelling that matches
/// by its stem and one that matches nothing and is answered with a suggestion).
///
/// THE PLACE FOR SEARCH: this is the only file that touches the search API. It uses
/// `Catalog.SearchIndex` (`SearchIndex(catalog)` builds the index, `results(for:)` answers a
/// query as the prompt and `toolkit search` do). If that API changes, adapt this file; if it
/// disappears, make `SearchBenchmark.available` false and the report says "not measurable yet".
enum SearchBenchmark {
    static let available = true

    static let queries: [(label: String, query: String)] = [
        ("a common word ('\(Generator.commonWord)', on every page)", Generator.commonWord),
        ("a rare word ('\(Generator.rareWord)', on \(Generator.rareWordPages) pages)", Generator.rareWord),
        ("word forms ('partnerships')", "partnerships"),
        ("a phrase ('\"social value\"')", "\"social value\""),
        ("a prefix ('partner*')", "partner*"),
        ("a misspelling its stem finds ('procurment')", "procurment"),
        ("a misspelling answered by a suggestion ('procuremnt')", "procuremnt"),
    ]

    static func run(_ report: Report, catalog: Catalog, scale: Double) {
        let group = "3. Search (in process)"
        guard available else {
            report.unmeasurable("search (common and rare word, 10,000 pages)", why: "Catalog has no search API yet")
            return
        }
        let builtin = InProcess.builtin()
        var small: SearchIndex?
        report.add(Row(group, "37 pages: build the index", .seconds,
                       measure(runs: InProcess.runs(20, scale), warmup: 1) { small = SearchIndex(builtin) }))
        if let small { measureQueries(report, group, "37 pages", small, scale: scale) }

        let before = residentKilobytes()
        var index: SearchIndex?
        report.add(Row(group, "10,000 pages: build the index (the first search)", .seconds,
                       measure(runs: InProcess.runs(3, scale), warmup: 0, budget: 5 * scale) { index = nil; index = SearchIndex(catalog) }))
        guard let index else { return }
        report.add(Row(group, "10,000 pages: resident memory with the index built", .kilobytes, value: Double(residentKilobytes()),
                       note: "\(residentKilobytes() - before) KiB more than before it"))
        let slowest = measureQueries(report, group, "10,000 pages", index, scale: scale)
        report.budget("search: every kind of query ≤ 100 ms on 10,000 pages (the slowest, median)", measured: slowest, limit: 0.100, unit: .seconds)
    }

    /// Measures every query; returns the slowest median.
    @discardableResult
    private static func measureQueries(_ report: Report, _ group: String, _ size: String, _ index: SearchIndex, scale: Double) -> Double {
        var slowest = 0.0
        for (label, query) in queries {
            var results: SearchIndex.Results?
            let first = measure(runs: 1, warmup: 0) { results = index.results(for: query) }
            let later = measure(runs: InProcess.runs(5, scale), warmup: 0, budget: 3 * scale) { results = index.results(for: query) }
            let found = results.map { "\($0.hits.count) pages" + ($0.suggestion.map { ", suggests '\($0)'" } ?? "") } ?? ""
            report.add(Row(group, "\(size): \(label), first", .seconds, first, note: found))
            report.add(Row(group, "\(size): \(label), later", .seconds, later))
            slowest = max(slowest, first.median, later.median)
        }
        return slowest
    }

    /// This process's resident memory now (VmRSS), in KiB.
    private static func residentKilobytes() -> Int {
        guard let status = try? readFile("/proc/self/status") else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        }
        return 0
    }
}

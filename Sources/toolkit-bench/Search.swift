import Catalog

/// Measurement 3: search for a common and a rare word across the 10,000-page toolkit.
///
/// THE PLACE FOR SEARCH: this is the only file that touches the search API. It uses
/// `Catalog.SearchIndex` (`SearchIndex(catalog)` builds the index, `search(_:)` answers a query).
/// If that API changes, adapt `makeIndex` and `query` below; if it disappears, make
/// `SearchBenchmark.available` false and the report says "not measurable yet".
enum SearchBenchmark {
    static let available = true

    static func run(_ report: Report, catalog: Catalog, scale: Double) {
        let group = "3. Search across the 10,000-page toolkit (in process)"
        guard available else {
            report.unmeasurable("search (common and rare word, 10,000 pages)", why: "Catalog has no search API yet")
            return
        }
        var index: SearchIndex?
        report.add(Row(group, "build the search index (SearchIndex(catalog))", .seconds,
                       measure(runs: InProcess.runs(5, scale), warmup: 0, budget: 5 * scale) { index = SearchIndex(catalog) }))
        guard let index else { return }
        var commonHits = 0, rareHits = 0
        report.add(Row(group, "search a common word ('\(Generator.commonWord)', on every page)", .seconds,
                       measure(runs: InProcess.runs(5, scale), warmup: 0, budget: 5 * scale) { commonHits = index.search(Generator.commonWord).count }))
        report.add(Row(group, "search a rare word ('\(Generator.rareWord)', on \(Generator.rareWordPages) pages)", .seconds,
                       measure(runs: InProcess.runs(5, scale), warmup: 0, budget: 5 * scale) { rareHits = index.search(Generator.rareWord).count }))
        report.note("search found \(commonHits) pages for '\(Generator.commonWord)' and \(rareHits) for '\(Generator.rareWord)'")
    }
}

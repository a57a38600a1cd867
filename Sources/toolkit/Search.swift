import Catalog
import Rendering

/// `toolkit search`: the pages that mention every word of a query, best first.
struct Search {
    var words: [String]
    var content: ContentOptions

    /// Reads the words and `--content` from what the parser read.
    init(_ parsed: ParsedArguments) {
        words = parsed.operands
        content = ContentOptions(parsed)
    }

    func run() throws {
        let catalog = try content.loadOrExit()
        let query = words.joined(separator: " ")
        let results = SearchIndex(catalog).results(for: query)
        StandardOutput.write(SearchResultsText.text(for: results, as: PlainText(catalog: catalog, width: TerminalEnvironment.plainWidth,
                                                                                 glyphs: TerminalEnvironment.current().glyphs)))
        if results.hits.isEmpty || results.searched != results.typed { throw Exit(1) }
    }
}

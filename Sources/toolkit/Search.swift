import ArgumentParser
import Catalog
import Rendering

/// `toolkit search`: the pages that mention every word of a query, best first.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search every page's title, summary and text; print the matching pages, best first.",
        discussion: "Case-insensitive unless the query has a capital letter; accents, apostrophes and hyphens are ignored (e finds é, Barnardos finds Barnardo’s, coproduction finds co-production) and word forms find each other (partnerships finds partnership). Several words find pages that contain all of them; \"social value\" in quotes finds the phrase; partner* finds words starting with partner. When nothing matches it suggests a close spelling from the toolkit's own words, lists its pages and exits 1."
    )

    @Argument(help: "The words to look for.")
    var words: [String]

    @OptionGroup var content: ContentOptions

    func run() throws {
        let catalog = try content.loadOrExit()
        let query = words.joined(separator: " ")
        let results = SearchIndex(catalog).results(for: query)
        StandardOutput.write(SearchResultsText.text(for: results, in: catalog, width: TerminalEnvironment.plainWidth,
                                                    glyphs: TerminalEnvironment.current().glyphs))
        if results.hits.isEmpty || results.searched != results.typed { throw ExitCode(1) }
    }
}

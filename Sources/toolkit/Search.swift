import ArgumentParser
import Catalog
import Rendering

/// `toolkit search`: the pages that mention every word of a query, best first.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search every page's title, summary and text; print the matching pages, best first.",
        discussion: "Case-insensitive unless the query has a capital letter; accents are ignored (e finds é); several words find pages that contain all of them. Exits 1 when nothing matches."
    )

    @Argument(help: "The words to look for.")
    var words: [String]

    @OptionGroup var content: ContentOptions

    func run() throws {
        let catalog = try content.loadOrExit()
        let query = words.joined(separator: " ")
        let hits = SearchIndex(catalog).search(query)
        StandardOutput.write(SearchResultsText.text(for: hits, query: query, in: catalog, width: TerminalEnvironment.plainWidth,
                                                    glyphs: TerminalEnvironment.current().glyphs))
        if hits.isEmpty { throw ExitCode(1) }
    }
}

import ArgumentParser
import Catalog
import Layout

/// `toolkit cite PAGE-ID`: the reference `y` copies, printed. Kept to plain values and one `run`
/// (`CiteRequest`), so that the command line's parser is only the wrapper.
struct Cite: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a reference to a page: its title, the toolkit, the web address it was written from and the content's date (what y copies)."
    )

    @Argument(help: ArgumentHelp("The page to cite, by id or menu number.", valueName: "PAGE-ID"))
    var page: String

    @OptionGroup var content: ContentOptions

    func run() throws {
        try CiteRequest(page: page).run(catalog: content.loadOrExit())
    }
}

/// What `toolkit cite` was asked: the page as typed.
struct CiteRequest {
    /// The page id or menu number typed.
    var page: String

    /// Prints the reference, or exits 64 naming close pages when there is no such page.
    func run(catalog: Catalog) throws {
        let id = try PageLookup.resolve(page, in: catalog)
        StandardOutput.write(Citation.text(for: id, in: catalog) + "\n")
    }
}

import Catalog
import Layout

/// `toolkit cite PAGE-ID`: the reference `y` copies, printed.
struct Cite {
    /// The page id or menu number typed.
    var page: String
    var content: ContentOptions

    /// Reads `cite`'s page and content folder from what the parser read.
    init(_ parsed: ParsedArguments) {
        page = parsed.operand ?? ""
        content = ContentOptions(parsed)
    }

    /// Prints the reference, or exits 64 naming close pages when there is no such page.
    func run() throws {
        let catalog = try content.loadOrExit()
        let id = try PageLookup.resolve(page, in: catalog)
        StandardOutput.write(Citation.text(for: id, in: catalog) + "\n")
    }
}

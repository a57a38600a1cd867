import Rendering

/// `toolkit tree`: the menu tree with every page's number and id.
struct Tree {
    var page: String?
    var content: ContentOptions

    /// Reads the section and `--content` from what the parser read.
    init(_ parsed: ParsedArguments) {
        page = parsed.operand
        content = ContentOptions(parsed)
    }

    func run() throws {
        let catalog = try content.loadOrExit()
        let id = try PageLookup.resolve(page, in: catalog)
        StandardOutput.write(MenuTree.text(from: id, in: catalog, glyphs: TerminalEnvironment.current().glyphs))
    }
}

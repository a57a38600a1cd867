import ArgumentParser
import Rendering

/// `toolkit tree`: the menu tree with every page's number and id.
struct Tree: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the menu tree with each page's number and id.")

    @Argument(help: ArgumentHelp("Print only this section (default: the whole toolkit).", valueName: "PAGE-ID"))
    var page: String?

    @OptionGroup var content: ContentOptions

    func run() throws {
        let catalog = try content.loadOrExit()
        let id = try PageLookup.resolve(page, in: catalog)
        StandardOutput.write(MenuTree.text(from: id, in: catalog, glyphs: TerminalEnvironment.current().glyphs))
    }
}

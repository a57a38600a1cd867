import ArgumentParser
import Catalog
import Navigation
import Rendering
import Terminal

/// The default command: browse the toolkit, or print a page when there is no terminal.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse the toolkit with the arrow keys (the default command)."
    )

    @Argument(help: ArgumentHelp("The page to open, e.g. correctives or case-studies/plymouth-alliance.", valueName: "PAGE-ID"))
    var page: String?

    @OptionGroup var content: ContentOptions

    @Flag(name: .long, help: "Print the version and the content's date, then exit.")
    var version = false

    func run() throws {
        let catalog = try content.loadOrExit()
        if version {
            let date = catalog.root.updated.map { ", content of \($0)" } ?? ""
            StandardOutput.write("toolkit \(Toolkit.version) (\(content.origin): \(catalog.pages.count) pages\(date))\n")
            return
        }
        let start = try PageLookup.resolve(page, in: catalog)
        let environment = TerminalEnvironment.current()
        guard environment.isInteractive else {
            StandardOutput.write(PlainText.page(start, in: catalog, width: TerminalEnvironment.plainWidth, glyphs: environment.glyphs))
            StandardError.write("toolkit: not a terminal, so the page was printed as text; run toolkit in a terminal to browse it.")
            return
        }
        guard let terminal = CursesTerminal(useColor: environment.useColor) else {
            let term = environment.term ?? "(unset)"
            StandardOutput.write(PlainText.page(start, in: catalog, width: TerminalEnvironment.plainWidth, glyphs: environment.glyphs))
            StandardError.write("toolkit: terminal type '\(term)' is unknown or cannot move the cursor, so the page was printed as text; set TERM (e.g. TERM=xterm-256color) to browse it.")
            return
        }
        let initial = State(catalog: catalog, size: terminal.size, glyphs: environment.glyphs, start: start)
        let outcome = InteractiveSession.run(initial, on: terminal, trapAfterFirstFrame: TerminalEnvironment.variable("TOOLKIT_TEST_TRAP") == "1")
        if let signal = outcome.signal { SignalGuard.reraise(signal) }
    }
}

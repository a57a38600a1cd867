import ArgumentParser
import Catalog
import Navigation
import Rendering
import Runtime
import Terminal

extension Theme: ExpressibleByArgument {}

/// The default command: browse the toolkit full screen; line by line with `--plain` or on a dumb
/// or unknown terminal; or print the page when there is no terminal.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse the toolkit with the arrow keys (the default command)."
    )

    @Argument(help: ArgumentHelp("The page to open, e.g. correctives or case-studies/plymouth-alliance.", valueName: "PAGE-ID"))
    var page: String?

    @Flag(name: .long, help: "Read line by line, for screen readers and dumb terminals: type a number to open, b to go back, /words to search, q to quit. Chosen by itself when TERM is dumb or unknown.")
    var plain = false

    @Option(name: .long, help: "Colours: dark (the default), light or high-contrast. NO_COLOR turns colour off.")
    var theme: Theme = .dark

    @Flag(name: .long, help: "Scroll with the wheel and open items by clicking (off by default, so text selection keeps working).")
    var mouse = false

    @OptionGroup var content: ContentOptions

    @Flag(name: .long, help: "Start at the menu instead of where the last run left off.")
    var fresh = false

    @Flag(name: .long, help: "Print the version and the content's date, then exit.")
    var version = false

    /// The browse command that `arguments` ask for when they are empty, a lone page id or
    /// `--version`, with every other option at its default, made without the argument parser: parsing reflects over every
    /// option and looks up protocol conformances at run time, which took longer than loading the
    /// toolkit and drawing its menu (BENCHMARKS.md, "Start-up"). Nil for any other command line,
    /// which the parser reads.
    static func quickStart(_ arguments: [String]) -> Browse? {
        guard arguments.count <= 1 else { return nil }
        let asksVersion = arguments == ["--version"]
        if let word = arguments.first, !asksVersion, word.hasPrefix("-") || word == "help" || GlobalOptions.subcommands.contains(word) {
            return nil
        }
        var content = ContentOptions()
        content.content = nil
        var browse = Browse()
        browse.page = asksVersion ? nil : arguments.first
        browse.plain = false
        browse.theme = .dark
        browse.mouse = false
        browse.content = content
        browse.fresh = false
        browse.version = asksVersion
        return browse
    }

    func run() throws {
        let catalog = try content.loadOrExit()
        if version {
            let date = catalog.root.updated.map { ", content of \($0)" } ?? ""
            StandardOutput.write("toolkit \(Toolkit.version) (\(content.origin): \(catalog.ids.count) pages\(date))\n")
            return
        }
        let start = try PageLookup.resolve(page, in: catalog)
        let environment = TerminalEnvironment.current()
        let width = TerminalEnvironment.plainWidth
        if plain || (environment.isInteractive && environment.term == "dumb") {
            return LineReader.run(LineSession(catalog: catalog, start: start, width: width, glyphs: environment.glyphs))
        }
        guard environment.isInteractive else {
            try content.refuseBroken([start], in: catalog)
            StandardOutput.write(Show.output(start, all: false, format: .text, width: width, catalog: catalog, environment: environment))
            StandardError.write("toolkit: not a terminal, so the page was printed as text; run toolkit in a terminal to browse it.")
            return
        }
        guard let terminal = CursesTerminal(theme: theme, useColor: environment.useColor, mouse: mouse) else {
            let term = environment.term ?? "(unset)"
            StandardError.write("toolkit: terminal type '\(term)' is unknown or cannot move the cursor, so this is the line-by-line reader; set TERM (e.g. TERM=xterm-256color) for the full screen.")
            return LineReader.run(LineSession(catalog: catalog, start: start, width: width, glyphs: environment.glyphs))
        }
        let memory = PlaceMemory(origin: content.content ?? "built-in")
        let recalled = page == nil && !fresh ? memory.recall(in: catalog) : nil
        let initial = State(catalog: catalog, size: terminal.size, glyphs: environment.glyphs,
                            start: recalled?.page ?? start, scroll: recalled?.scroll ?? 0, reopened: recalled != nil, canCopy: CursesTerminal.canCopy)
        let outcome = EventLoop.run(initial, on: terminal, trapAfterFirstFrame: TerminalEnvironment.variable("TOOLKIT_TEST_TRAP") == "1")
        if let place = outcome.program.readingPlace { memory.remember(place.id, scroll: place.scroll) }
        if let signal = outcome.signal { SignalGuard.reraise(signal) }
    }
}

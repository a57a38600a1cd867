import Catalog
import Navigation
import Rendering
import Runtime
import Terminal
import Workbook

/// The default command: browse the toolkit full screen; line by line with `--plain` or on a dumb
/// or unknown terminal; or print the page when there is no terminal.
struct Browse {
    var page: String?
    var plain: Bool
    var theme: Theme
    var mouse: Bool
    var content: ContentOptions
    var fresh: Bool
    var version: Bool
    /// What `--generate` asks to print instead of browsing: the man page or a completion script.
    var generate: String?
    /// The workbook checklist answers go to (`--workbook`), when one is named.
    var workbook: String?

    /// Reads browsing's options from what the parser read.
    init(_ parsed: ParsedArguments) {
        page = parsed.operand
        plain = parsed.isSet(.plain)
        theme = parsed.value(.theme).flatMap(Theme.init(rawValue:)) ?? .dark
        mouse = parsed.isSet(.mouse)
        content = ContentOptions(parsed)
        fresh = parsed.isSet(.fresh)
        version = parsed.isSet(.version)
        generate = parsed.value(.generate)
        workbook = parsed.value(.workbook)
    }

    func run() throws {
        if let generate { return StandardOutput.write(Generated.text(generate)) }
        let catalog = try content.loadOrExit()
        if version {
            let date = catalog.root.updated.map { ", content of \($0)" } ?? ""
            StandardOutput.write("toolkit \(Toolkit.version) (\(content.origin): \(catalog.ids.count) pages\(date))\n")
            return
        }
        let start = try PageLookup.resolve(page, in: catalog)
        if let workbook {
            do throws(WorkbookStoreError) { try WorkbookName.validate(workbook) } catch {
                StandardError.write("toolkit: \(error)")
                throw Exit(error.exitCode)
            }
        }
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
        let answers = WorkbookAnswers(name: workbook ?? WorkbookName.standard, opensAtStart: workbook != nil)
        let initial = State(catalog: catalog, size: terminal.size, glyphs: environment.glyphs,
                            start: recalled?.page ?? start, scroll: recalled?.scroll ?? 0, reopened: recalled != nil, workbook: answers,
                            canCopy: CursesTerminal.canCopy)
        // The two variables that place the workbook file; it is opened only when answers are needed.
        let placing = ["XDG_DATA_HOME", "HOME"].reduce(into: [String: String]()) { $0[$1] = TerminalEnvironment.variable($1) }
        let store = WorkbookAnswerStore(workbook: answers.name, environment: placing)
        let outcome = EventLoop.run(initial, view: render, on: terminal, store: store, stopRequest: SignalGuard.takePending, trapAfterFirstFrame: TerminalEnvironment.variable("TOOLKIT_TEST_TRAP") == "1")
        if let place = outcome.program.readingPlace { memory.remember(place.id, scroll: place.scroll) }
        if let signal = outcome.signal { SignalGuard.reraise(signal) }
        if let note = outcome.program.workbook.endNote {
            StandardError.write("toolkit: \(note)")
            if !outcome.program.workbook.unsaved.isEmpty { throw Exit(74) }
        }
    }
}

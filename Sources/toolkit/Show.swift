import ArgumentParser
import Catalog
import Rendering

/// `toolkit show`: a page, a section or the whole toolkit as plain text or Markdown.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a page as plain text (links as numbered references), as Markdown or as HTML.",
        discussion: "With --all, prints the page and everything under it in menu order: the whole toolkit when no PAGE-ID is given, a handout for a workshop; with --format html, one self-contained file to print from a browser."
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, html
    }

    @Argument(help: ArgumentHelp("The page to print (default: the toolkit menu).", valueName: "PAGE-ID"))
    var page: String?

    @Flag(name: .long, help: "Also print every page under it, in menu order.")
    var all = false

    @Option(name: .long, help: ArgumentHelp("Wrap text to N columns (default: the terminal's width, else COLUMNS, else 80).", valueName: "N"))
    var width: Int?

    @Option(name: .long, help: "text, markdown or html (one self-contained file to print from a browser).")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("With --format html, add this workbook's answers under each page with checklist items.", valueName: "NAME"))
    var workbook: String?

    @OptionGroup var content: ContentOptions

    func validate() throws {
        if let width, !(20...1000).contains(width) {
            throw ValidationError("--width must be between 20 and 1000, not \(width)")
        }
        if workbook != nil, format != .html {
            throw ValidationError("--workbook needs --format html (toolkit workbook show prints a workbook as text or Markdown)")
        }
    }

    func run() throws {
        let catalog = try content.loadOrExit()
        let id = try PageLookup.resolve(page, in: catalog)
        try content.refuseBroken(all ? catalog.pagesInMenuOrder.filter { catalog.ancestry(of: $0).contains(id) } : [id], in: catalog)
        if let workbook {
            let actions = WorkbookActions(catalog: catalog, environment: WorkbookActions.processEnvironment)
            do {
                StandardOutput.write(HTMLHandout.document(from: id, in: catalog, all: all, answers: try actions.filled(workbook: workbook)))
            } catch {
                StandardError.write("toolkit: " + error.message)
                throw ExitCode(error.code)
            }
            return
        }
        let environment = TerminalEnvironment.current()
        StandardOutput.write(Self.output(id, all: all, format: format, width: width ?? TerminalEnvironment.plainWidth,
                                         catalog: catalog, environment: environment))
    }

    /// What `show` prints, shared with browsing when there is no terminal.
    static func output(_ id: PageID, all: Bool, format: Format, width: Int, catalog: Catalog, environment: TerminalEnvironment) -> String {
        switch (format, all) {
        case (.text, false): return PlainText.page(id, in: catalog, width: width, glyphs: environment.glyphs)
        case (.text, true): return Handout.text(from: id, in: catalog, width: width, glyphs: environment.glyphs)
        case (.markdown, false): return MarkdownExport.page(id, in: catalog)
        case (.markdown, true): return Handout.markdown(from: id, in: catalog)
        case (.html, _): return HTMLHandout.document(from: id, in: catalog, all: all)
        }
    }
}

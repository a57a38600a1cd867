import Catalog
import Rendering

/// `toolkit show`: a page, a section or the whole toolkit as plain text or Markdown.
struct Show {
    /// The output formats.
    enum Format: String {
        case text, markdown, html
    }

    var page: String?
    var all: Bool
    /// Checked by the parser against `--width`'s range.
    var width: Int?
    var format: Format
    /// With `--format html`, the workbook whose answers go under each page with items.
    var workbook: String?
    var content: ContentOptions
    /// The format as written, to refuse one `show` cannot print.
    private var formatWritten: String?

    /// Reads `show`'s options from what the parser read.
    init(_ parsed: ParsedArguments) {
        page = parsed.operand
        all = parsed.isSet(.all)
        width = parsed.integer(.width)
        format = parsed.value(.format).flatMap(Format.init(rawValue:)) ?? .text
        formatWritten = parsed.value(.format)
        workbook = parsed.value(.workbook)
        content = ContentOptions(parsed)
    }

    func run() throws {
        if let formatWritten, Format(rawValue: formatWritten) == nil {
            throw UsageError(message: "show prints text, markdown or html; --format \(formatWritten) is for workbook show", command: "show")
        }
        if workbook != nil, format != .html {
            throw UsageError(message: "--workbook needs --format html (toolkit workbook show prints a workbook as text or Markdown)", command: "show")
        }
        let catalog = try content.loadOrExit()
        let id = try PageLookup.resolve(page, in: catalog)
        try content.refuseBroken(all ? catalog.pagesInMenuOrder.filter { catalog.ancestry(of: $0).contains(id) } : [id], in: catalog)
        if let workbook {
            let actions = WorkbookActions(catalog: catalog, environment: WorkbookActions.processEnvironment)
            do {
                StandardOutput.write(HTMLHandout.document(from: id, in: catalog, all: all, answers: try actions.filled(workbook: workbook)))
            } catch {
                StandardError.write("toolkit: " + error.message)
                throw Exit(error.code)
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
        case (.text, false): return PlainText(catalog: catalog, width: width, glyphs: environment.glyphs).page(id)
        case (.text, true): return Handout.text(from: id, as: PlainText(catalog: catalog, width: width, glyphs: environment.glyphs))
        case (.markdown, false): return MarkdownExport.page(id, in: catalog)
        case (.markdown, true): return Handout.markdown(from: id, in: catalog)
        case (.html, _): return HTMLHandout.document(from: id, in: catalog, all: all)
        }
    }
}

import Catalog
import Layout

/// The `--plain` reader for screen readers and dumb terminals: it prints a page or menu as
/// numbered text, then takes one line at a time — a number to open, `b` to go back, `/words` to
/// search, `q` to quit — and answers with text. Pure: lines in, text out. Its first screen needs
/// no search index: the index is built a step at a time between lines (`idle()`), as the full
/// screen builds it between keys, and finished when the reader first searches.
public struct LineSession {
    /// What is shown now.
    public enum View: Equatable, Sendable {
        /// A page or menu.
        case page(PageID)
        /// Search results.
        case results(query: String, hits: [PageID])
    }

    /// What is shown now.
    public private(set) var view: View
    /// Set once the reader types `q` (or input ends).
    public private(set) var isFinished = false

    private var history: [View] = []
    /// Writes each answer at the session's width, in its glyph set.
    private let plain: PlainText
    private var index: SearchIndex

    /// A session showing `start`, printing `width` columns wide.
    public init(catalog: Catalog, start: PageID, width: Int, glyphs: Glyphs) {
        self.plain = PlainText(catalog: catalog, width: width, glyphs: glyphs)
        self.index = SearchIndex(building: catalog)
        self.view = .page(start)
    }

    /// Whether the search index has steps left to build while no line waits.
    public var hasIdleWork: Bool { !index.isComplete }

    /// Builds the search index one step further (a few milliseconds), while no line waits.
    public mutating func idle() {
        index = index.extended(steps: 1)
    }

    /// The current view as text, followed by the prompt.
    public func screen() -> String {
        switch view {
        case let .page(id):
            return plain.page(id) + "\n" + prompt
        case let .results(query, _):
            return SearchResultsText.text(for: index.results(for: query), as: plain) + "\n" + prompt
        }
    }

    /// The prompt that ends every answer.
    public var prompt: String {
        let shown = numbers
        let open = shown.isEmpty ? "" : (shown.count == 1 ? "\(shown[0]) to open, " : "\(shown.min() ?? 1)-\(shown.max() ?? 1) to open, ")
        return "[\(open)b back, /words search, q quit]> "
    }

    /// Handles one line the reader typed and returns what to print.
    public mutating func handle(_ line: String) -> String {
        let input = line.trimmingSpaces
        switch input {
        case "q", "quit", "exit":
            isFinished = true
            return ""
        case "b", "back":
            guard let previous = history.popLast() else {
                if case let .page(id) = view, let parent = id.parent {
                    view = .page(parent)
                    return screen()
                }
                return "This is the toolkit menu; there is nothing to go back to.\n" + prompt
            }
            view = previous
            return screen()
        case "", "?", "h", "help":
            return "Type a number and Enter to open that item or link, b to go back, /words to search every page, q to quit.\n" + prompt
        default:
            break
        }
        if input.hasPrefix("/") {
            let query = String(input.dropFirst()).trimmingSpaces
            guard !query.isEmpty else { return "Type words after the slash, e.g. /plymouth\n" + prompt }
            history.append(view)
            if !index.isComplete { index = index.completed() }
            let results = index.results(for: query)
            view = .results(query: query, hits: results.hits.map(\.id))
            return screen()
        }
        guard let number = Int(input) else {
            return "\"\(VisibleText.make(input))\" is not a number or a command.\n" + prompt
        }
        let targets = self.targets, shown = numbers
        guard let index = shown.firstIndex(of: number), targets.indices.contains(index) else {
            return targets.isEmpty ? "There is nothing numbered here.\n" + prompt
                : "Choose a number from \(shown.min() ?? 1) to \(shown.max() ?? 1).\n" + prompt
        }
        switch targets[index] {
        case let .external(url):
            return "Web link (open it in a browser): \(url)\n" + prompt
        case let .page(id, _):
            history.append(view)
            view = .page(id)
            return screen()
        }
    }

    /// The number each target is shown with: a menu's own (`PlainText.menuNumbers`), else 1, 2, 3...
    private var numbers: [Int] {
        if case let .page(id) = view, plain.catalog[id].isMenu { return PlainText.menuNumbers(of: plain.catalog[id], in: plain.catalog) }
        return targets.indices.map { $0 + 1 }
    }

    private var targets: [LinkTarget] {
        switch view {
        case let .page(id): return PlainText.numberedTargets(of: id, in: plain.catalog)
        case let .results(_, hits): return hits.map { .page($0, anchor: nil) }
        }
    }
}

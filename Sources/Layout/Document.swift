import Catalog

/// What a focusable thing on the screen does when it is chosen.
public enum TargetAction: Equatable, Sendable {
    /// Opens a page of the toolkit, at a heading if an anchor is given.
    case open(PageID, anchor: String?)
    /// A web address, which the terminal cannot open: it is shown so it can be copied.
    case external(String)
    /// A checklist (task-list) item, answered in place: its place among the page's task items.
    case answer(item: Int)
}

/// A focusable link, checklist item or menu item, located in the document's lines.
public struct Target: Equatable, Sendable {
    /// The first line it is on.
    public var firstRow: Int
    /// The last line it is on (links can wrap).
    public var lastRow: Int
    /// The column where it starts on its first line.
    public var column: Int
    /// What choosing it does.
    public var action: TargetAction
}

/// A page or menu laid out for one width: lines of spans, their focusable targets in reading
/// order, and where each heading is. Built once per page and width, then only scrolled.
public struct Document: Equatable, Sendable {
    /// The width it was laid out for.
    public let width: Int
    /// The lines, top to bottom.
    public let lines: [Line]
    /// Links or menu items, in reading order; `Span.target` indexes this.
    public let targets: [Target]
    /// The first line of each heading, by anchor.
    public let anchors: [String: Int]

    /// Builds a document from lines whose spans carry a source key in `target` (a page's link
    /// index, a menu's item index); `action` says what each key does. Targets are numbered in
    /// reading order and the spans are renumbered to match.
    public init(width: Int, lines sourceLines: [Line], action: (Int) -> TargetAction) {
        var numbering = TargetNumbering()
        numbering.append(sourceLines, action: action)
        self.init(width: width, numbering: numbering)
    }

    /// A document of the lines numbered so far.
    init(width: Int, numbering: TargetNumbering) {
        self.width = width
        self.lines = numbering.lines
        self.targets = numbering.targets
        self.anchors = numbering.anchors
    }

    /// The first line that came from the top-level block `origin`, or the nearest before it.
    public func firstRow(ofOrigin origin: Int) -> Int {
        lines.firstIndex { $0.origin >= origin } ?? max(0, lines.count - 1)
    }
}

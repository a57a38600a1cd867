/// One block of a page's body, as Markdown describes it.
public indirect enum Block: Equatable, Sendable {
    /// A heading; `anchor` is the id that `#anchor` links use.
    case heading(level: Int, content: [Inline], anchor: String)
    /// A paragraph of wrapped text.
    case paragraph([Inline])
    /// The text of a GitHub task-list item (`- [ ] Do we …?`), drawn behind a box: `[ ]`, or `[x]`
    /// when `checked` is written. It is always the first block of its list item; `TaskItem` names it.
    case task(checked: Bool, content: [Inline])
    /// A bullet list (`start == nil`) or a numbered list starting at `start`.
    case list(start: Int?, items: [[Block]])
    /// A block quotation.
    case quote([Block])
    /// Preformatted text, shown as it is.
    case code(String)
    /// A table.
    case table(Table)
    /// A thematic break.
    case rule
}

/// A GitHub-flavoured Markdown table.
public struct Table: Equatable, Sendable {
    /// How a column's cells are aligned.
    public enum Alignment: Equatable, Sendable { case left, center, right }

    /// The header row's cells.
    public var header: [[Inline]]
    /// The body rows, each with one entry per column.
    public var rows: [[[Inline]]]
    /// One alignment per column.
    public var alignments: [Alignment]

    /// Creates a table.
    public init(header: [[Inline]], rows: [[[Inline]]], alignments: [Alignment]) {
        self.header = header
        self.rows = rows
        self.alignments = alignments
    }
}

extension Block {
    /// The anchors of the headings in `blocks`, in document order (in lists and quotes too).
    public static func headingAnchors(in blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case let .heading(_, _, anchor): return [anchor]
            case let .list(_, items): return items.flatMap { headingAnchors(in: $0) }
            case let .quote(inner): return headingAnchors(in: inner)
            case .paragraph, .task, .code, .table, .rule: return []
            }
        }
    }
}

/// A run of text on one line that shares a style and, optionally, a focusable target.
public struct Span: Equatable, Sendable {
    /// The text; never contains a line break or a control character.
    public var text: String
    /// How it looks.
    public var style: Style
    /// The index into `Document.targets` when the span is part of a link or menu item.
    public var target: Int?

    /// Creates a span.
    public init(_ text: String, _ style: Style = .text, target: Int? = nil) {
        self.text = text
        self.style = style
        self.target = target
    }

    /// The columns the span occupies.
    public var width: Int { DisplayWidth.of(text) }
}

/// One laid-out line of a document.
public struct Line: Equatable, Sendable {
    /// The spans, left to right.
    public var spans: [Span]
    /// The top-level block the line came from, so a re-layout at another width can keep the
    /// reader at the same place (-1 for the title).
    public var origin: Int
    /// The heading anchor that starts on this line, if any.
    public var anchor: String?

    /// Creates a line.
    public init(_ spans: [Span], origin: Int = 0, anchor: String? = nil) {
        self.spans = spans
        self.origin = origin
        self.anchor = anchor
    }

    /// An empty line.
    public static let blank = Line([])

    /// The line's text without styles.
    public var text: String { spans.map(\.text).joined() }

    /// The columns the line occupies.
    public var width: Int { spans.reduce(0) { $0 + $1.width } }
}

/// A run of text inside a block that shares one style and, optionally, one link.
public struct Inline: Equatable, Sendable {
    /// The visible text, already made safe for a terminal (see `VisibleText`); `"\n"` is a hard break.
    public var text: String
    /// Emphasis applied to the run.
    public var emphasis: Emphasis
    /// Index into the page's `links`, when the run is (part of) a link's text.
    public var link: Int?

    /// Creates a run.
    public init(_ text: String, emphasis: Emphasis = [], link: Int? = nil) {
        self.text = text
        self.emphasis = emphasis
        self.link = link
    }
}

/// The inline emphasis Markdown can express.
public struct Emphasis: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `**strong**`.
    public static let strong = Emphasis(rawValue: 1)
    /// `*emphasis*`.
    public static let italic = Emphasis(rawValue: 2)
    /// `` `code` ``.
    public static let code = Emphasis(rawValue: 4)
    /// `~~strikethrough~~`.
    public static let strike = Emphasis(rawValue: 8)
}

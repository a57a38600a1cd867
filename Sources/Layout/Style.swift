/// How a piece of text should look, by meaning; the terminal adapter picks colours and attributes.
public struct Style: Hashable, Sendable {
    /// What the text is, which decides its colour.
    public enum Role: Hashable, Sendable {
        /// Body text.
        case text
        /// A page's title.
        case title
        /// A section heading.
        case heading
        /// A link's text.
        case link
        /// Inline or block code.
        case code
        /// A block quote.
        case quote
        /// Secondary text: summaries, rules, list markers.
        case muted
        /// The top and bottom bars.
        case chrome
        /// A notice that needs attention (window too small, external link).
        case notice
    }

    /// The role.
    public var role: Role
    /// Drawn bold.
    public var bold: Bool
    /// Drawn in italics (or underlined where italics are missing).
    public var italic: Bool
    /// Drawn underlined.
    public var underline: Bool
    /// Drawn with foreground and background swapped: the focus.
    public var reverse: Bool
    /// Marked as a search match.
    public var mark: Bool

    /// Creates a style.
    public init(_ role: Role, bold: Bool = false, italic: Bool = false, underline: Bool = false, reverse: Bool = false, mark: Bool = false) {
        self.role = role
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
        self.mark = mark
    }

    /// Plain body text.
    public static let text = Style(.text)
}

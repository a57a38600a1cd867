import Catalog

/// The drawing characters the layout uses, in a Unicode set and an ASCII set for terminals
/// whose locale is not UTF-8.
public struct Glyphs: Equatable, Sendable {
    /// Marks a bullet list item.
    public var bullet: String
    /// Underlines a page title.
    public var titleRule: String
    /// Underlines a slide's title in the presenter view: heavier than `titleRule`, to read across a room.
    public var slideRule: String
    /// Underlines a section heading and draws thematic breaks and table rules.
    public var rule: String
    /// Starts each line of a block quote.
    public var quoteBar: String
    /// Separates table columns.
    public var columnBar: String
    /// Where a table rule meets a column bar.
    public var ruleCross: String
    /// Replaces text cut short.
    public var ellipsis: String
    /// Separates breadcrumb levels.
    public var breadcrumb: String
    /// Marks the selected item of a list, in the margin.
    public var selection: String
    /// Separates items in the footer and breadcrumb.
    public var dot: String
    /// Names the left and right arrow keys.
    public var left: String, right: String
    /// Whether text from content is folded to ASCII before it is laid out.
    public var foldsText: Bool

    /// For UTF-8 terminals.
    public static let unicode = Glyphs(
        bullet: "•", titleRule: "═", slideRule: "━", rule: "─", quoteBar: "│", columnBar: "│", ruleCross: "┼",
        ellipsis: "…", breadcrumb: "›", selection: "›", dot: "·", left: "←", right: "→", foldsText: false)

    /// For terminals whose locale is not UTF-8.
    public static let ascii = Glyphs(
        bullet: "*", titleRule: "=", slideRule: "#", rule: "-", quoteBar: "|", columnBar: "|", ruleCross: "+",
        ellipsis: "...", breadcrumb: ">", selection: ">", dot: "-", left: "<-", right: "->", foldsText: true)

    /// A task-list item's box as its Markdown writes it: `[ ]`, or `[x]` when checked (ASCII in
    /// both sets, so it reads the same in a pipe, a file and on screen).
    public func taskBox(checked: Bool) -> String {
        checked ? "[x]" : "[ ]"
    }

    /// `text` as this glyph set shows it: unchanged for Unicode, folded to ASCII otherwise.
    public func text(_ text: String) -> String {
        foldsText ? ASCIIFolding.fold(text) : text
    }

    /// The mark drawn for an answer: `[✓] [~] [✗] [–]`, or `[y] [~] [n] [-]` in ASCII.
    public func mark(for choice: AnswerChoice?) -> String {
        foldsText ? AnswerChoice.asciiMark(for: choice) : AnswerChoice.mark(for: choice)
    }

    /// `text` cut to `width` columns, ending in this set's ellipsis where it was cut.
    public func truncate(_ text: String, to width: Int) -> String {
        DisplayWidth.truncate(text, to: width, ellipsis: ellipsis)
    }
}

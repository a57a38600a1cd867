import Layout

/// A footer row with text on the left and on the right; the right side gives way when the row is
/// too narrow for both.
enum FooterLine {
    static func spans(left: [Span], right: [Span], width: Int, glyphs: Glyphs) -> [Span] {
        let leftWidth = left.reduce(0) { $0 + $1.width }
        let rightWidth = right.reduce(0) { $0 + $1.width }
        guard leftWidth + rightWidth < width else { return left }
        return left + [Span(String(repeating: " ", count: width - leftWidth - rightWidth))] + right
    }
}

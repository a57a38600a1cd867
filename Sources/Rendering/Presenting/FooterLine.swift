import Layout

/// A footer row with text on the left and on the right; the right side is cut short, from its
/// start, when the row is too narrow for both.
enum FooterLine {
    static func spans(left: [Span], right: [Span], width: Int, glyphs: Glyphs) -> [Span] {
        let leftWidth = left.reduce(0) { $0 + $1.width }
        var right = right
        var rightWidth = right.reduce(0) { $0 + $1.width }
        let room = width - leftWidth - 1
        if rightWidth > room {
            guard room > DisplayWidth.of(glyphs.ellipsis) + 4 else { return left }
            let text = right.map(\.text).joined()
            let kept = DisplayWidth.prefix(of: text, fitting: room - 1 - DisplayWidth.of(glyphs.ellipsis)).text
            right = [Span(kept + glyphs.ellipsis + " ", right.first?.style ?? .text)]
            rightWidth = DisplayWidth.of(kept + glyphs.ellipsis + " ")
        }
        return left + [Span(String(repeating: " ", count: max(0, width - leftWidth - rightWidth)))] + right
    }
}

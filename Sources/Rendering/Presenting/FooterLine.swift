import Layout

/// A footer row with text on the left and on the right. The left is parts joined by ` · `; when
/// the row is too narrow for them, the last parts go first, so no word is ever cut. The right
/// side is cut short after a whole word, ending in `…`, or left out when there is no room.
struct FooterLine {
    /// The columns the row spans.
    let width: Int
    /// The glyph set it is drawn in.
    let glyphs: Glyphs

    /// The row with `left` and `right` fitted.
    func spans(left: [Span], right: [Span]) -> [Span] {
        let left = fitted(left)
        let leftWidth = left.reduce(0) { $0 + $1.width }
        var right = right
        var rightWidth = right.reduce(0) { $0 + $1.width }
        let room = width - leftWidth - 1
        if rightWidth > room {
            guard room > DisplayWidth.of(glyphs.ellipsis) + 4 else { return left }
            let text = right.map(\.text).joined()
            var kept = DisplayWidth.prefix(of: text, fitting: room - 1 - DisplayWidth.of(glyphs.ellipsis)).text
            if kept.count < text.count, let space = kept.lastIndex(of: " ") { kept = String(kept[..<space]) }
            // A label with nothing after it (`keys:`) says nothing: leave the right side out.
            guard kept.trimmingPrefix(" ").contains(" ") else { return left }
            right = [Span(kept + glyphs.ellipsis + " ", right.first?.style ?? .text)]
            rightWidth = DisplayWidth.of(kept + glyphs.ellipsis + " ")
        }
        return left + [Span(String(repeating: " ", count: max(0, width - leftWidth - rightWidth)))] + right
    }

    /// `left` without its last ` · ` parts until it fits `width`; its first part is shortened
    /// after a whole word only when even it alone does not fit.
    private func fitted(_ left: [Span]) -> [Span] {
        let separator = " \(glyphs.dot) "
        var parts: [Span] = []
        for span in left {
            for (index, piece) in span.text.split(separator: separator, omittingEmptySubsequences: false).map(String.init).enumerated() where index > 0 || !piece.isEmpty {
                parts.append(Span(index == 0 ? piece : separator + piece, span.style))
            }
        }
        while parts.count > 1, parts.reduce(0, { $0 + $1.width }) > width {
            parts.removeLast()
        }
        if let first = parts.first, first.width > width {
            var kept = DisplayWidth.prefix(of: first.text, fitting: max(0, width - DisplayWidth.of(glyphs.ellipsis))).text
            if let space = kept.lastIndex(of: " "), space > kept.startIndex { kept = String(kept[..<space]) }
            parts = [Span(kept + glyphs.ellipsis, first.style)]
        }
        return parts
    }
}

import Layout
import Navigation

/// The bottom line: the keys that matter on this screen, from the keymap, as many as fit.
enum HintsView {
    static func spans(for context: Context, width: Int, glyphs: Glyphs, arrows: ArrowNames) -> [Span] {
        var spans: [Span] = [Span(" ")]
        var used = 1
        for (index, item) in Keymap.hintItems(for: context, arrows: arrows).enumerated() {
            let separator = index == 0 ? "" : "  "
            let needed = DisplayWidth.of(separator + item.keys + " " + item.label)
            guard used + needed <= width else { break }
            spans.append(Span(separator))
            spans.append(Span(item.keys, Style(.chrome, bold: true)))
            spans.append(Span(" " + item.label, Style(.muted)))
            used += needed
        }
        return spans
    }
}

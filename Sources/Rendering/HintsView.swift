import Layout
import Navigation

/// The bottom line: the keys that matter on this screen, from the keymap, as many as fit.
enum HintsView {
    static func spans(for context: Context, width: Int, glyphs: Glyphs, arrows: ArrowNames) -> [Span] {
        spans(for: [context], width: width, glyphs: glyphs, arrows: arrows, leaving: [])
    }

    /// The hints of several contexts in turn, without those for the commands in `leaving`.
    static func spans(for contexts: [Context], width: Int, glyphs: Glyphs, arrows: ArrowNames, leaving: Set<Command>) -> [Span] {
        var spans: [Span] = [Span(" ")]
        var used = 1
        let items = contexts.flatMap { Keymap.hintItems(for: $0, arrows: arrows, leaving: leaving) }
        for (index, item) in items.enumerated() {
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

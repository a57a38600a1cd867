import Layout
import Navigation

/// The bottom line: the keys that matter on this screen, from the keymap, as many as fit. When
/// not all fit, the others are dropped before help, quit and Forward (`Keymap.keptHints`), the
/// last first, and those that stay keep the keymap's order.
enum HintsView {
    /// The hints of one or more contexts in turn, `width` columns wide, the arrows named
    /// `arrows`, without those for the commands in `leaving`.
    static func spans(for contexts: [Context], width: Int, arrows: ArrowNames, leaving: Set<Command> = []) -> [Span] {
        let items = contexts.flatMap { context in
            zip(Keymap.hintItems(for: context, arrows: arrows, leaving: leaving),
                (Keymap.hints[context] ?? []).filter { leaving.isDisjoint(with: $0.commands) })
                .map { (keys: $0.keys, label: $0.label, kept: !Keymap.keptHints.isDisjoint(with: $1.commands)) }
        }
        let widths = items.map { DisplayWidth.of($0.keys + " " + $0.label) }
        var shown = Set<Int>()
        var used = 1
        for pass in [true, false] {
            for index in items.indices where items[index].kept == pass {
                let needed = widths[index] + (shown.isEmpty ? 0 : 2)
                guard used + needed <= width else {
                    if pass { continue } else { break }
                }
                shown.insert(index)
                used += needed
            }
        }
        var spans: [Span] = [Span(" ")]
        for index in items.indices where shown.contains(index) {
            if spans.count > 1 { spans.append(Span("  ")) }
            spans.append(Span(items[index].keys, Style(.chrome, bold: true)))
            spans.append(Span(" " + items[index].label, Style(.muted)))
        }
        return spans
    }
}

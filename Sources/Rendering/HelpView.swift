import Layout
import Navigation

/// The `?` screen: every binding of the keymap, grouped by where it applies, wrapped at words to
/// the window.
enum HelpView {
    static func draw(on screen: inout Screen, state: State, scroll: Int) {
        let frame = state.frame
        let rows = state.helpRows
        let margin = Span(String(repeating: " ", count: frame.margin))
        screen.cursor = Screen.Cursor(row: frame.bodyTop, column: frame.margin)
        for offset in 0..<frame.bodyRows {
            let index = scroll + offset
            guard rows.indices.contains(index) else { break }
            let row = rows[index]
            var spans: [Span] = []
            if row.isHeading {
                spans = [Span(row.text, Style(.heading, bold: true))]
            } else if !row.keys.isEmpty {
                spans = [Span("  " + row.keys, Style(.chrome, bold: true))]
                if !row.text.isEmpty {
                    spans.append(Span(String(repeating: " ", count: max(1, row.textColumn - 2 - DisplayWidth.of(row.keys))) + row.text))
                }
            } else if !row.text.isEmpty {
                spans = [Span(String(repeating: " ", count: row.textColumn) + row.text)]
            }
            screen.draw([margin] + spans, at: frame.bodyTop + offset)
        }
    }
}

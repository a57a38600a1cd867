import Layout
import Navigation

/// The `?` screen: every binding of the keymap, grouped by where it applies.
enum HelpView {
    static func draw(on screen: inout Screen, frame: Frame, scroll: Int, arrows: ArrowNames) {
        let lines = Keymap.helpLines(arrows: arrows)
        let keyColumn = 20
        let margin = Span(String(repeating: " ", count: frame.margin))
        screen.cursor = Screen.Cursor(row: frame.bodyTop, column: frame.margin)
        for offset in 0..<frame.bodyRows {
            let row = scroll + offset
            guard lines.indices.contains(row) else { break }
            let spans: [Span]
            switch lines[row] {
            case let .heading(title):
                spans = [Span(title, Style(.heading, bold: true))]
            case let .entry(keys, help):
                let pad = String(repeating: " ", count: max(1, keyColumn - DisplayWidth.of(keys)))
                spans = [Span("  " + keys, Style(.chrome, bold: true)), Span(pad + help)]
            case .blank:
                spans = []
            }
            screen.draw([margin] + spans, at: frame.bodyTop + offset)
        }
    }
}

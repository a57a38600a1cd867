import Layout
import Navigation

/// What a window below the minimum size shows instead of the toolkit.
enum TooSmallView {
    static func draw(on screen: inout Screen, glyphs: Glyphs) {
        let size = screen.size
        let minimum = Frame.minimum
        let needs = "\(minimum.columns)x\(minimum.rows)"
        let lines = size.columns >= 16 ? ["Window too small", "(needs \(needs))"] : ["Too small", needs]
        let top = max(0, (size.rows - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < size.rows {
            let shown = glyphs.truncate(line, to: size.columns)
            let left = max(0, (size.columns - DisplayWidth.of(shown)) / 2)
            screen.draw([Span(String(repeating: " ", count: left)), Span(shown, Style(.notice, bold: true))], at: top + index)
        }
        screen.cursor = Screen.Cursor(row: 0, column: 0)
    }
}

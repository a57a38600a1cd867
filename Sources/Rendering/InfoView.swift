import Layout
import Navigation

/// The `=` screen (see `InfoLayout`), scrolled as the reader moved it.
enum InfoView {
    static func draw(_ state: State, scroll: Int, on screen: inout Screen) {
        let frame = state.frame
        let lines = state.infoLines
        for offset in 0..<frame.bodyRows where lines.indices.contains(scroll + offset) {
            screen.draw(lines[scroll + offset].spans, at: frame.bodyTop + offset)
        }
        screen.cursor = Screen.Cursor(row: frame.bodyTop, column: frame.margin)
    }
}

import Layout
import Navigation

/// Draws the visible part of the current page or menu, with the focused item or link reversed
/// and the cursor on it.
enum DocumentView {
    static func draw(_ state: State, on screen: inout Screen) {
        let frame = state.frame
        let margin = Span(String(repeating: " ", count: frame.margin))
        let focus = state.place.focus
        screen.cursor = Screen.Cursor(row: frame.bodyTop, column: frame.margin)
        for offset in 0..<frame.bodyRows {
            let row = state.place.scroll + offset
            guard state.document.lines.indices.contains(row) else { break }
            var spans = state.document.lines[row].spans
            var column = frame.margin
            var focusColumn: Int?
            for index in spans.indices {
                if let focus, spans[index].target == focus {
                    spans[index].style.reverse = true
                    if focusColumn == nil { focusColumn = column }
                }
                column += spans[index].width
            }
            if state.page.isMenu, let focusColumn, focusColumn == frame.margin {
                let fill = frame.textWidth - (column - frame.margin)
                if fill > 0 { spans.append(Span(String(repeating: " ", count: fill), Style(.text, reverse: true))) }
            }
            if let focusColumn, let focus, row == max(state.place.scroll, state.document.targets[focus].firstRow) {
                screen.cursor = Screen.Cursor(row: frame.bodyTop + offset, column: min(focusColumn, frame.size.columns - 1))
            }
            screen.draw([margin] + spans, at: frame.bodyTop + offset)
        }
    }
}

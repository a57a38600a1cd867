import Catalog
import Layout
import Navigation

/// Draws the visible part of the current page or list (or of the prompt's list while typing),
/// with search matches marked and the cursor on the focus. A focused link is reversed; a list's
/// selected item is reversed across its number and title, with a reversed marker in the margin,
/// so that it can be seen from the back of a room in every theme, in 8 colours, in monochrome and
/// without colour. Moving it rewrites the two titles (`scripts/bench` holds ↓ in a menu to 200
/// bytes; lynx writes 197).
enum DocumentView {
    static func draw(_ state: State, on screen: inout Screen) {
        let frame = state.frame
        let document: Document, scroll: Int, focus: Int?
        if let prompt = state.prompt {
            (document, scroll, focus) = (prompt.list, prompt.scroll, prompt.selection)
        } else {
            (document, scroll, focus) = (state.document, state.place.scroll, state.place.focus)
        }
        let matches = state.prompt?.matches ?? state.matches
        let matchesByRow = Dictionary(grouping: matches.flatMap(\.parts), by: \.row)
        let margin = Span(String(repeating: " ", count: frame.margin))
        let marksInMargin = frame.margin > 0 && (state.prompt != nil || state.isList)
        let marker = Span(state.glyphs.selection + String(repeating: " ", count: max(0, frame.margin - 1)), Style(.title, bold: true, reverse: true))
        screen.cursor = Screen.Cursor(row: frame.bodyTop, column: frame.margin)
        for offset in 0..<frame.bodyRows {
            let row = scroll + offset
            guard document.lines.indices.contains(row) else { break }
            var spans = document.lines[row].spans
            if let matches = matchesByRow[row] { spans = marked(spans, matches.map(\.range)) }
            var column = frame.margin
            var focusColumn: Int?
            for index in spans.indices {
                if let focus, spans[index].target == focus {
                    // One style across the selected item's row: one attribute change to draw it.
                    if marksInMargin { spans[index].style = marker.style } else { spans[index].style.reverse = true }
                    if focusColumn == nil { focusColumn = column }
                }
                column += spans[index].width
            }
            var isFocusRow = false
            if let focusColumn, let focus, document.targets.indices.contains(focus),
               row == max(scroll, document.targets[focus].firstRow) {
                screen.cursor = Screen.Cursor(row: frame.bodyTop + offset, column: min(focusColumn, frame.size.columns - 1))
                isFocusRow = true
            }
            screen.draw([marksInMargin && isFocusRow ? marker : margin] + spans, at: frame.bodyTop + offset)
        }
    }

    /// The spans with the characters in `ranges` split out and marked.
    static func marked(_ spans: [Span], _ ranges: [Range<Int>]) -> [Span] {
        var result: [Span] = []
        var offset = 0
        for span in spans {
            let characters = Array(span.text)
            var start = 0
            while start < characters.count {
                let position = offset + start
                let inside = ranges.first { $0.contains(position) }
                let boundary = inside.map { $0.upperBound - offset }
                    ?? ranges.map(\.lowerBound).filter { $0 > position }.min().map { $0 - offset } ?? characters.count
                let end = min(characters.count, max(start + 1, boundary))
                var piece = span
                piece.text = String(characters[start..<end])
                if inside != nil { piece.style.mark = true }
                result.append(piece)
                start = end
            }
            offset += characters.count
        }
        return result
    }
}

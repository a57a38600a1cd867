import Layout
import Navigation

/// What the terminal should show, as a value: one row of styled spans per line, and where the
/// hardware cursor goes. The terminal adapter is the only code that turns it into output.
public struct Screen: Equatable, Sendable {
    /// The size it was drawn for.
    public let size: Size
    /// Exactly `size.rows` rows; no row is wider than `size.columns`.
    public internal(set) var rows: [[Span]]
    /// Where the cursor sits: on the focused item, so screen readers follow the focus.
    public internal(set) var cursor: Cursor

    /// A cell position.
    public struct Cursor: Equatable, Sendable {
        /// Row from the top, 0-based.
        public var row: Int
        /// Column from the left, 0-based.
        public var column: Int
    }

    /// A blank screen.
    init(size: Size) {
        self.size = size
        self.rows = Array(repeating: [], count: size.rows)
        self.cursor = Cursor(row: 0, column: 0)
    }

    /// Puts spans on a row, cutting them at the screen's right edge.
    mutating func draw(_ spans: [Span], at row: Int) {
        guard rows.indices.contains(row) else { return }
        var room = size.columns
        var clipped: [Span] = []
        for span in spans where room > 0 {
            if span.width <= room {
                clipped.append(span)
                room -= span.width
            } else {
                let cut = DisplayWidth.prefix(of: span.text, fitting: room)
                if !cut.text.isEmpty { clipped.append(Span(cut.text, span.style, target: span.target)) }
                room = 0
            }
        }
        rows[row] = clipped
    }

    /// Puts a smaller screen's rows on this one with its top-left corner at (`top`, `left`); the
    /// cursor goes where the smaller screen had it.
    mutating func place(_ inner: Screen, top: Int, left: Int) {
        let pad = Span(String(repeating: " ", count: max(0, left)))
        for (index, row) in inner.rows.enumerated() {
            draw(left > 0 ? [pad] + row : row, at: top + index)
        }
        cursor = Cursor(row: top + inner.cursor.row, column: left + inner.cursor.column)
    }

    /// The screen as plain text, one line per row, trailing spaces removed: the snapshot format.
    public var text: String {
        rows.map { row in
            var line = row.map(\.text).joined()
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}

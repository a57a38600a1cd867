import Layout
import Navigation

/// The reference `y` made, where the terminal cannot be told to copy it: why, then the reference
/// wrapped at words, to be selected with the mouse.
enum CitationView {
    static func draw(_ text: String, state: State, on screen: inout Screen) {
        let frame = state.frame
        let glyphs = state.glyphs
        let margin = Span(String(repeating: " ", count: frame.margin))
        let why = "This terminal cannot be told to copy (no OSC 52 known for TERM). Select the reference below with the mouse:"
        var lines = glyphs.wrap(why, width: frame.textWidth).map { [Span($0, Style(.muted))] }
        lines.append([])
        lines += glyphs.wrap(text, width: frame.textWidth).map { [Span($0, Style(.text, bold: true))] }
        for (offset, spans) in lines.prefix(frame.bodyRows).enumerated() {
            screen.draw([margin] + spans, at: frame.bodyTop + offset)
        }
        screen.cursor = Screen.Cursor(row: frame.bodyTop + min(frame.bodyRows - 1, 2), column: frame.margin)
    }
}

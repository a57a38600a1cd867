import Layout
import Navigation

/// The `o` screen: the page's title and headings, indented two columns a level below the
/// title, the selected one reversed across the row with a marker in the margin.
enum OutlineView {
    static func draw(_ outline: Outline, state: State, on screen: inout Screen) {
        let frame = state.frame
        let glyphs = state.glyphs
        let width = frame.textWidth
        let top = outline.entries.first?.level ?? 0
        let shallowest = outline.entries.dropFirst().map(\.level).min() ?? 1
        for offset in 0..<frame.bodyRows {
            let index = outline.scroll + offset
            guard outline.entries.indices.contains(index) else { break }
            let entry = outline.entries[index]
            let depth = index == 0 ? top : 1 + entry.level - shallowest
            let indent = String(repeating: " ", count: min(2 * depth, max(0, width / 2)))
            let text = glyphs.truncate(indent + glyphs.text(entry.title), to: width)
            let isSelected = index == outline.selection
            let style = Style(index == 0 ? .title : .heading, bold: depth <= 1, reverse: isSelected)
            let padded = isSelected ? text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) : text
            let margin = isSelected && frame.margin > 0
                ? Span(glyphs.selection + String(repeating: " ", count: frame.margin - 1), Style(.title, bold: true, reverse: true))
                : Span(String(repeating: " ", count: frame.margin))
            screen.draw([margin, Span(padded, style)], at: frame.bodyTop + offset)
            if isSelected { screen.cursor = Screen.Cursor(row: frame.bodyTop + offset, column: frame.margin + DisplayWidth.of(indent)) }
        }
    }
}

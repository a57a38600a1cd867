import Catalog
import Layout
import Navigation

/// The `=` screen: the page's id, file, menu number, position and sources.
enum InfoView {
    static func draw(_ state: State, on screen: inout Screen) {
        let frame = state.frame
        let page = state.page
        let glyphs = state.glyphs
        var lines: [[Span]] = [[Span(glyphs.text(page.title), Style(.title, bold: true))], []]
        func field(_ name: String, _ value: String) {
            let wrapped = Layout.wrap(glyphs.text(value), width: max(1, frame.textWidth - 12), glyphs: glyphs)
            for (index, line) in wrapped.enumerated() {
                let label = index == 0 ? name.padding(to: 12) : String(repeating: " ", count: 12)
                lines.append([Span(label, Style(.muted)), Span(line)])
            }
        }
        field("Page id", page.id.isRoot ? "menu" : page.id.path)
        field("File", page.file)
        let number = state.catalog.menuNumber(of: page.id)
        if !number.isEmpty { field("Menu", number) }
        if let position = state.catalog.position(of: page.id) { field("Position", "\(position.index) of \(position.count)") }
        if let updated = page.updated { field("Updated", updated) }
        for (index, source) in page.sources.enumerated() { field(index == 0 ? "Sources" : "", source) }
        let margin = Span(String(repeating: " ", count: frame.margin))
        for offset in 0..<frame.bodyRows where lines.indices.contains(offset) {
            screen.draw([margin] + lines[offset], at: frame.bodyTop + offset)
        }
        screen.cursor = Screen.Cursor(row: frame.bodyTop, column: frame.margin)
    }
}

private extension String {
    func padding(to width: Int) -> String {
        self + String(repeating: " ", count: max(1, width - DisplayWidth.of(self)))
    }
}

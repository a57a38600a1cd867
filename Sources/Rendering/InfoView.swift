import Catalog
import Layout
import Navigation

/// The `=` screen: the page's id, file, menu number, position, and its web addresses, each on a
/// row of its own and never cut where the window is wide enough, so it can be selected and
/// copied whole; one wider than the window is wrapped at the window's edge, with a note saying
/// how to get it whole.
enum InfoView {
    static func draw(_ state: State, on screen: inout Screen) {
        let frame = state.frame
        let page = state.page
        let glyphs = state.glyphs
        let margin = Span(String(repeating: " ", count: frame.margin))
        var lines: [[Span]] = [[margin, Span(glyphs.text(page.title), Style(.title, bold: true))], []]
        func field(_ name: String, _ value: String) {
            let wrapped = Layout.wrap(glyphs.text(value), width: max(1, frame.textWidth - 12), glyphs: glyphs)
            for (index, line) in wrapped.enumerated() {
                let label = index == 0 ? name.padding(to: 12) : String(repeating: " ", count: 12)
                lines.append([margin, Span(label, Style(.muted)), Span(line)])
            }
        }
        field("Page id", page.id.isRoot ? "menu" : page.id.path)
        field("File", page.file)
        let number = state.catalog.menuNumber(of: page.id)
        if !number.isEmpty { field("Menu", number) }
        if let position = state.catalog.position(of: page.id) { field("Position", "\(position.index) of \(position.count)") }
        if let updated = page.updated { field("Updated", updated) }
        let others = webLinks(of: page).filter { !page.sources.contains($0) }
        let show = "toolkit show " + glyphs.text(page.id.isRoot ? "menu" : page.id.path)
        let columns = frame.size.columns
        if (page.sources + others).contains(where: { DisplayWidth.of(glyphs.text($0)) > columns }) {
            let note = "An address wider than the window is wrapped below: widen the window, or run \(show) to print it whole."
            lines.append([])
            lines += Layout.wrap(note, width: frame.textWidth, glyphs: glyphs).map { [margin, Span($0, Style(.muted))] }
        }
        for (heading, addresses) in [("Sources", page.sources), ("Other web links", others)] where !addresses.isEmpty {
            lines.append([])
            lines.append([margin, Span(heading, Style(.muted))])
            for address in addresses {
                lines += rows(for: glyphs.text(address), columns: columns, margin: frame.margin).map { [Span($0.indent), Span($0.text, Style(.link))] }
            }
        }
        if lines.count > frame.bodyRows {
            lines[frame.bodyRows - 1] = [margin, Span(DisplayWidth.truncate("\(glyphs.ellipsis) more than the window holds: \(show) lists them all",
                                                                           to: frame.textWidth, ellipsis: glyphs.ellipsis), Style(.muted))]
        }
        for offset in 0..<frame.bodyRows where lines.indices.contains(offset) {
            screen.draw(lines[offset], at: frame.bodyTop + offset)
        }
        screen.cursor = Screen.Cursor(row: frame.bodyTop, column: frame.margin)
    }

    /// An address's rows: at the margin when it fits there, else from the first column, else
    /// cut at the window's edge.
    private static func rows(for address: String, columns: Int, margin: Int) -> [(indent: String, text: String)] {
        let width = DisplayWidth.of(address)
        if width <= columns - margin { return [(String(repeating: " ", count: margin), address)] }
        if width <= columns { return [("", address)] }
        var rows: [(indent: String, text: String)] = []
        var row = ""
        var rowWidth = 0
        for character in address {
            let characterWidth = DisplayWidth.of(character)
            if rowWidth + characterWidth > columns, !row.isEmpty {
                rows.append(("", row))
                row = ""
                rowWidth = 0
            }
            row.append(character)
            rowWidth += characterWidth
        }
        if !row.isEmpty { rows.append(("", row)) }
        return rows
    }

    /// The page's web links, in the order they appear, once each.
    private static func webLinks(of page: Page) -> [String] {
        var seen: [String] = []
        for link in page.links {
            if case let .external(url) = link.target, !seen.contains(url) { seen.append(url) }
        }
        return seen
    }
}

private extension String {
    func padding(to width: Int) -> String {
        self + String(repeating: " ", count: max(1, width - DisplayWidth.of(self)))
    }
}

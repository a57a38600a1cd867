import Catalog

/// The lines of the `=` screen: the page's id, file, menu number and position, then every web
/// address it names, each on rows of its own: at the margin when it fits there, from the first
/// column when only the whole window holds it, and wrapped at the window's edge (with a note
/// saying how to get it whole) when not even that does, so an address on one row can be
/// selected and copied whole.
public enum InfoLayout {
    /// The screen's lines for a window `columns` wide whose text column starts at `margin` and is
    /// `textWidth` wide.
    public static func lines(for page: Page, in catalog: Catalog, columns: Int, margin: Int, textWidth: Int, glyphs: Glyphs) -> [Line] {
        let indent = Span(String(repeating: " ", count: margin))
        var lines: [Line] = [Line([indent, Span(glyphs.text(page.title), Style(.title, bold: true))]), .blank]
        func field(_ name: String, _ value: String) {
            let wrapped = glyphs.wrap(value, width: max(1, textWidth - 12))
            for (index, line) in wrapped.enumerated() {
                let label = index == 0 ? name + String(repeating: " ", count: max(1, 12 - DisplayWidth.of(name))) : String(repeating: " ", count: 12)
                lines.append(Line([indent, Span(label, Style(.muted)), Span(line)]))
            }
        }
        field("Page id", page.id.isRoot ? "menu" : page.id.path)
        field("File", page.file)
        let number = catalog.menuNumber(of: page.id)
        if !number.isEmpty { field("Menu", number) }
        if let position = catalog.position(of: page.id) { field("Position", "\(position.index) of \(position.count)") }
        if let updated = page.updated { field("Updated", updated) }
        let others = webLinks(of: page).filter { !page.sources.contains($0) }
        if (page.sources + others).contains(where: { DisplayWidth.of(glyphs.text($0)) > columns }) {
            let show = "toolkit show " + glyphs.text(page.id.isRoot ? "menu" : page.id.path)
            let note = "An address wider than the window is wrapped below: widen the window, or run \(show) to print it whole."
            lines.append(.blank)
            lines += glyphs.wrap(note, width: textWidth).map { Line([indent, Span($0, Style(.muted))]) }
        }
        for (heading, addresses) in [("Sources", page.sources), ("Other web links", others)] where !addresses.isEmpty {
            lines.append(.blank)
            lines.append(Line([indent, Span(heading, Style(.muted))]))
            for address in addresses {
                lines += rows(for: glyphs.text(address), columns: columns, margin: margin).map { Line([Span($0.indent), Span($0.text, Style(.link))]) }
            }
        }
        return lines
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

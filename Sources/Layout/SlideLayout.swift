import Catalog

/// Lays out one item of a presentation for a room: the title in bold over a heavy rule, the
/// summary, then the page's own text (a menu lists its pages instead). Nothing on a slide is a
/// link; the presenter opens the page to follow links.
public struct SlideLayout {
    /// The columns a line may take (at least 1).
    public let width: Int
    /// The glyph set the slide is drawn in.
    public let glyphs: Glyphs

    /// A layout `width` columns wide in `glyphs`.
    public init(width: Int, glyphs: Glyphs) {
        self.width = max(1, width)
        self.glyphs = glyphs
    }

    /// The slide for `page`.
    public func lines(for page: Page, in catalog: Catalog) -> [Line] {
        var lines = glyphs.wrap([Inline(page.title)], width: width, base: Style(.title, bold: true)).map { Line($0) }
        let titleWidth = lines.map(\.width).max() ?? 0
        lines.append(Line([Span(String(repeating: glyphs.slideRule, count: min(width, titleWidth)), Style(.title))]))
        if !page.summary.isEmpty {
            lines.append(.blank)
            lines += glyphs.wrap([Inline(page.summary, emphasis: .italic)], width: width, base: Style(.muted)).map { Line($0) }
        }
        lines.append(.blank)
        if page.isMenu {
            lines += agenda(of: page, in: catalog)
        } else {
            let body = page.blocks[..<page.footerStart].map(MenuLayout.withoutLinks)
            lines += BlockLayout(width: width, glyphs: glyphs).lines(for: body)
        }
        return lines
    }

    /// One numbered line per page of a menu.
    private func agenda(of page: Page, in catalog: Catalog) -> [Line] {
        let numberWidth = String(page.children.count).count
        let indent = numberWidth + 2
        return page.children.enumerated().map { index, id in
            let number = String(index + 1)
            let label = width > indent ? String(repeating: " ", count: numberWidth - number.count) + number + "  " : ""
            let title = glyphs.truncate(glyphs.text(catalog[id].title), to: width - label.count)
            return Line([Span(label, Style(.muted)), Span(title, Style(.text, bold: true))])
        }
    }
}

import Catalog

/// Lays out one item of a presentation for a room: the title in bold over a heavy rule, the
/// summary, then the page's own text (a menu lists its pages instead). Nothing on a slide is a
/// link; the presenter opens the page to follow links.
public enum SlideLayout {
    /// The slide for `page`, `width` columns wide (at least 1).
    public static func lines(for page: Page, in catalog: Catalog, width: Int, glyphs: Glyphs) -> [Line] {
        let width = max(1, width)
        var lines = TextWrapper.wrap([Inline(page.title)], width: width, base: Style(.title, bold: true), glyphs: glyphs).map { Line($0) }
        let titleWidth = lines.map(\.width).max() ?? 0
        lines.append(Line([Span(String(repeating: glyphs.slideRule, count: min(width, titleWidth)), Style(.title))]))
        if !page.summary.isEmpty {
            lines.append(.blank)
            lines += TextWrapper.wrap([Inline(page.summary, emphasis: .italic)], width: width, base: Style(.muted), glyphs: glyphs).map { Line($0) }
        }
        lines.append(.blank)
        if page.isMenu {
            lines += agenda(of: page, in: catalog, width: width, glyphs: glyphs)
        } else {
            let body = page.blocks[..<page.footerStart].map(MenuLayout.withoutLinks)
            lines += BlockLayout(width: width, glyphs: glyphs).lines(for: body)
        }
        return lines
    }

    /// One numbered line per page of a menu.
    private static func agenda(of page: Page, in catalog: Catalog, width: Int, glyphs: Glyphs) -> [Line] {
        let numberWidth = String(page.children.count).count
        let indent = numberWidth + 2
        return page.children.enumerated().map { index, id in
            let number = String(index + 1)
            let label = width > indent ? String(repeating: " ", count: numberWidth - number.count) + number + "  " : ""
            let title = DisplayWidth.truncate(glyphs.text(catalog[id].title), to: width - label.count, ellipsis: glyphs.ellipsis)
            return Line([Span(label, Style(.muted)), Span(title, Style(.text, bold: true))])
        }
    }
}

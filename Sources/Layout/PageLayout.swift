import Catalog

/// Lays out a page (title, underline, body) as a `Document` of a given width; its links become
/// the document's targets.
public enum PageLayout {
    /// The page laid out `width` columns wide (at least 1).
    public static func document(for page: Page, width: Int, glyphs: Glyphs) -> Document {
        let width = max(1, width)
        let layout = BlockLayout(width: width, glyphs: glyphs)
        var lines = TextWrapper.wrap([Inline(page.title)], width: width, base: Style(.title, bold: true), glyphs: glyphs)
            .map { Line($0, origin: -1) }
        let titleWidth = lines.map(\.width).max() ?? 0
        lines.append(Line([Span(String(repeating: glyphs.titleRule, count: min(width, titleWidth)), Style(.muted))], origin: -1))
        for (index, block) in page.blocks.enumerated() {
            lines.append(Line([], origin: index))
            for var line in layout.lines(for: [block]) {
                line.origin = index
                lines.append(line)
            }
        }
        return Document(width: width, lines: lines) { key in
            switch page.links[key].target {
            case let .page(id, anchor): return .open(id, anchor: anchor)
            case let .external(url): return .external(url)
            }
        }
    }
}

import Catalog
import Layout
import Navigation

/// A slide on the canvas: the deck's name, the item in a wide-margined column, the footer and
/// the hints; or the presenter's help in the same place.
enum SlideView {
    static func draw(_ slides: SlideShow, footer: [Span], hints: [Context], leaving: Set<Command>, on screen: inout Screen) {
        let frame = slides.frame
        let glyphs = slides.glyphs
        let catalog = slides.catalog
        let arrows = ArrowNames(glyphs)
        let margin = Span(String(repeating: " ", count: frame.margin))
        let heading = slides.help == nil ? catalog[slides.deck.menu].title : "Keys for presenting"
        screen.draw([margin, Span(glyphs.truncate(glyphs.text(heading), to: frame.textWidth), Style(.muted))], at: 0)
        let lines = slides.help.map { helpLines(slides.helpRows.dropFirst($0)) } ?? Array(slides.slide.dropFirst(slides.slideScroll))
        for (offset, line) in lines.prefix(frame.bodyRows).enumerated() {
            screen.draw([margin] + line.spans, at: frame.bodyTop + offset)
        }
        screen.draw(footer, at: frame.footerRow)
        let context: Context = slides.help != nil ? .help : (slides.jump != nil ? .jumping : .slide)
        let contexts = context == .slide ? hints : [context]
        screen.draw(HintsView.spans(for: contexts, width: frame.size.columns, arrows: arrows, leaving: context == .slide ? leaving : []), at: frame.size.rows - 1)
        screen.cursor = Screen.Cursor(row: frame.bodyTop, column: frame.margin)
    }

    /// The help rows as slide lines: headings, keys and their help wrapped under itself.
    private static func helpLines(_ rows: ArraySlice<HelpRow>) -> [Line] {
        rows.map { row in
            if row.isHeading { return Line([Span(row.text, Style(.heading, bold: true))]) }
            var spans: [Span] = []
            if !row.keys.isEmpty { spans.append(Span("  " + row.keys, Style(.chrome, bold: true))) }
            let used = row.keys.isEmpty ? 0 : 2 + DisplayWidth.of(row.keys)
            if !row.text.isEmpty { spans.append(Span(String(repeating: " ", count: max(row.keys.isEmpty ? 0 : 1, row.textColumn - used)) + row.text)) }
            return Line(spans)
        }
    }
}

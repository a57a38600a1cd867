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
        let arrows: ArrowNames = glyphs.foldsText ? .words : .symbols
        let margin = Span(String(repeating: " ", count: frame.margin))
        let heading = slides.help == nil ? catalog[slides.deck.menu].title : "Keys for presenting"
        screen.draw([margin, Span(DisplayWidth.truncate(glyphs.text(heading), to: frame.textWidth, ellipsis: glyphs.ellipsis), Style(.muted))], at: 0)
        let lines = slides.help.map { helpLines(scrolledTo: $0, arrows: arrows) } ?? Array(slides.slide.dropFirst(slides.slideScroll))
        for (offset, line) in lines.prefix(frame.bodyRows).enumerated() {
            screen.draw([margin] + line.spans, at: frame.bodyTop + offset)
        }
        screen.draw(footer, at: frame.footerRow)
        let context: Context = slides.help != nil ? .help : (slides.jump != nil ? .jumping : .slide)
        let contexts = context == .slide ? hints : [context]
        screen.draw(HintsView.spans(for: contexts, width: frame.size.columns, glyphs: glyphs, arrows: arrows, leaving: context == .slide ? leaving : []), at: frame.size.rows - 1)
        screen.cursor = Screen.Cursor(row: frame.bodyTop, column: frame.margin)
    }

    private static func helpLines(scrolledTo scroll: Int, arrows: ArrowNames) -> [Line] {
        Keymap.helpLines(arrows: arrows, contexts: Context.presentation).dropFirst(scroll).map { line in
            switch line {
            case let .heading(title): return Line([Span(title, Style(.heading, bold: true))])
            case let .entry(keys, help):
                let pad = String(repeating: " ", count: max(1, 18 - DisplayWidth.of(keys)))
                return Line([Span("  " + keys, Style(.chrome, bold: true)), Span(pad + help)])
            case .blank: return .blank
            }
        }
    }
}

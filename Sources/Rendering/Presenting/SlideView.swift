import Catalog
import Layout
import Navigation

/// A slide on the canvas: the deck's name, the item in a wide-margined column, the footer and
/// the hints; or the presenter's help in the same place.
enum SlideView {
    static func draw(_ presentation: Presentation, footer: [Span], on screen: inout Screen) {
        let frame = presentation.frame
        let glyphs = presentation.glyphs
        let catalog = presentation.catalog
        let arrows: ArrowNames = glyphs.foldsText ? .words : .symbols
        let margin = Span(String(repeating: " ", count: frame.margin))
        let heading = presentation.help == nil ? catalog[presentation.deck.menu].title : "Keys for presenting"
        screen.draw([margin, Span(DisplayWidth.truncate(glyphs.text(heading), to: frame.textWidth, ellipsis: glyphs.ellipsis), Style(.muted))], at: 0)
        let lines = presentation.help.map { helpLines(scrolledTo: $0, arrows: arrows) } ?? Array(presentation.slide.dropFirst(presentation.slideScroll))
        for (offset, line) in lines.prefix(frame.bodyRows).enumerated() {
            screen.draw([margin] + line.spans, at: frame.bodyTop + offset)
        }
        screen.draw(footer, at: frame.footerRow)
        let context: Context = presentation.help != nil ? .help : (presentation.jump != nil ? .jumping : .slide)
        let contexts: [Context] = presentation.role == .follower && context == .slide ? [.following, .slide] : [context]
        screen.draw(HintsView.spans(for: contexts, width: frame.size.columns, glyphs: glyphs, arrows: arrows, leaving: presentation.role == .follower ? [.blank] : []), at: frame.size.rows - 1)
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

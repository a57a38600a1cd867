import Catalog
import Layout
import Navigation

/// Draws a state as a `Screen`. The contract: the same state always gives the same screen; a
/// page the catalog has not read yet is read (once, memoised) on the way, and nothing is written.
public func render(_ state: State) -> Screen {
    var screen = Screen(size: state.size)
    let frame = state.frame
    guard !frame.isTooSmall else {
        TooSmallView.draw(on: &screen, glyphs: state.glyphs)
        return screen
    }
    let arrows = ArrowNames(state.glyphs)
    screen.draw(BreadcrumbView.spans(for: state, width: frame.size.columns), at: 0)
    switch state.overlay {
    case let .help(scroll):
        HelpView.draw(on: &screen, state: state, scroll: scroll)
    case let .info(scroll):
        InfoView.draw(state, scroll: scroll, on: &screen)
    case let .outline(outline):
        OutlineView.draw(outline, state: state, on: &screen)
    case let .citation(text):
        CitationView.draw(text, state: state, on: &screen)
    case nil:
        DocumentView.draw(state, on: &screen)
    }
    StatusView.draw(state, on: &screen)
    screen.draw(HintsView.spans(for: [state.context], width: frame.size.columns, arrows: arrows,
                                leaving: state.forward.isEmpty ? [.forward] : []), at: frame.size.rows - 1)
    return screen
}

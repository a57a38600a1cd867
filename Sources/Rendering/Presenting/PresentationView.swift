import Catalog
import Layout
import Navigation

/// Draws a presentation as a `Screen`: the canvas centred in the window, holding the slide (or the
/// page opened from it, or the join screen), the presenter's footer and the hints. Under the same
/// contract as `render(State)`.
public func render(_ presentation: Presentation) -> Screen {
    let footer = PresenterFooter.spans(for: presentation, width: presentation.canvas.columns)
    if presentation.isShowingJoin, let join = presentation.join {
        return SlideCanvas.screen(for: presentation.slides) { inner in
            JoinView.draw(presentation.slides, join: join, footer: footer, on: &inner)
        }
    }
    return SlideCanvas.screen(for: presentation.slides, footer: footer, hints: [presentation.context], leaving: [])
}

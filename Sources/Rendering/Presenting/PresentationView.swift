import Catalog
import Layout
import Navigation

/// Draws a presentation as a `Screen`: the canvas centred in the window, holding the slide (or the
/// page opened from it), the footer and the hints. Under the same contract as `render(State)`.
public func render(_ presentation: Presentation) -> Screen {
    render(presentation, footer: PresenterFooter.spans(for: presentation, width: presentation.canvas.columns))
}

/// Draws a presentation with the given footer line.
func render(_ presentation: Presentation, footer: [Span]) -> Screen {
    var screen = Screen(size: presentation.window)
    if presentation.isBlank { return screen }
    let canvas = presentation.canvas
    var inner = Screen(size: canvas)
    if presentation.frame.isTooSmall {
        TooSmallView.draw(on: &inner, glyphs: presentation.glyphs)
    } else if presentation.isShowingJoin, let join = presentation.join {
        JoinView.draw(presentation, join: join, footer: footer, on: &inner)
    } else if let reader = presentation.reader, presentation.help == nil {
        inner.place(render(reader), top: 0, left: 0)
        inner.draw(footer, at: canvas.rows - 1)
    } else {
        SlideView.draw(presentation, footer: footer, on: &inner)
    }
    screen.place(inner, top: (presentation.window.rows - canvas.rows) / 2, left: (presentation.window.columns - canvas.columns) / 2)
    return screen
}

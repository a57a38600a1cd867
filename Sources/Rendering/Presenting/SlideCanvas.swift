import Catalog
import Layout
import Navigation

/// A slide show drawn on its canvas, centred in the window: the slide (or the page opened from
/// it), a footer its owner gives, and the hints; the presenter and a follower differ only in
/// their footer and hints.
enum SlideCanvas {
    /// The slide show with `footer` on its last line but one and the hints of `hints` (on a slide;
    /// elsewhere the context's own) without the commands in `leaving`.
    static func screen(for slides: SlideShow, footer: [Span], hints: [Context], leaving: Set<Command>) -> Screen {
        screen(for: slides) { inner in
            if let reader = slides.reader, slides.help == nil {
                inner.place(render(reader), top: 0, left: 0)
                inner.draw(footer, at: slides.canvas.rows - 1)
            } else {
                SlideView.draw(slides, footer: footer, hints: hints, leaving: leaving, on: &inner)
            }
        }
    }

    /// The window with the canvas drawn by `draw` in its middle; blank while the show is blanked,
    /// and a too-small notice when the canvas cannot hold a slide.
    static func screen(for slides: SlideShow, draw: (inout Screen) -> Void) -> Screen {
        var screen = Screen(size: slides.window)
        if slides.isBlank { return screen }
        let canvas = slides.canvas
        var inner = Screen(size: canvas)
        if slides.frame.isTooSmall {
            TooSmallView.draw(on: &inner, glyphs: slides.glyphs)
        } else {
            draw(&inner)
        }
        screen.place(inner, top: (slides.window.rows - canvas.rows) / 2, left: (slides.window.columns - canvas.columns) / 2)
        return screen
    }
}

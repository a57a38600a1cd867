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
    return SlideCanvas.screen(for: presentation.slides, footer: footer, hints: [presentation.context], leaving: [], band: band(for: presentation))
}

/// The presenter's band: the picker while choosing, else the open question with the keys that
/// show its tally and close it, or the tally once shown.
private func band(for presentation: Presentation) -> [[Span]] {
    let slides = presentation.slides
    let band = RoomBand(width: slides.canvas.columns, glyphs: slides.glyphs)
    if let picker = presentation.picker {
        return band.lines(for: picker, in: slides.catalog, room: max(3, slides.canvas.rows / 2))
    }
    guard let question = presentation.question else { return [] }
    return band.lines(for: question, text: question.text(in: slides.catalog) ?? RoomQuestion.unknownText,
                          tally: presentation.isRevealed ? presentation.room.answers : nil, answer: nil,
                      keysNote: "r shows the tally, a closes")
}

import Catalog
import Layout
import Navigation

/// Draws a follower's screen: the presentation at the attendee's own size with a footer saying
/// whether they are following, or the facilitator's notes for the presenter's page.
public func render(_ follower: Follower) -> Screen {
    let slides = follower.slides
    let glyphs = slides.glyphs
    let width = slides.canvas.columns
    var status: String
    var style = Style(.chrome, bold: true)
    if !follower.isConnected {
        status = " presenter gone, waiting"
        style = Style(.notice, bold: true)
    } else if follower.isFollowing {
        status = " following"
    } else {
        status = " exploring \(glyphs.text("—")) " + (follower.presenterPlace.map { "f rejoins the presenter at \(glyphs.text($0))" } ?? "press f to rejoin")
        style = Style(.notice, bold: true)
    }
    if follower.isHandRaised { status += " \(glyphs.dot) your hand is up" }
    if follower.showsNotes {
        return NotesView.screen(for: follower, status: [Span(status, style)])
    }
    let place = " \(glyphs.dot) " + PresenterFooter.place(of: slides)
    let right = slides.notice.map { [Span(glyphs.text($0), Style(.notice, bold: true)), Span(" ")] } ?? []
    let footer = FooterLine(width: width, glyphs: glyphs).spans(left: [Span(status, style), Span(place, Style(.muted))], right: right)
    if slides.isBlank || (follower.isFollowing && follower.latest == nil) {
        var screen = Screen(size: slides.window)
        let note = slides.isBlank ? "The presenter has blanked the screen." : "Waiting for the presenter."
        screen.draw([Span(String(repeating: " ", count: max(0, (width - DisplayWidth.of(note)) / 2))), Span(note, Style(.muted))], at: slides.window.rows / 2)
        screen.draw(footer, at: slides.window.rows - 1)
        return screen
    }
    let band = follower.question.map { heard in
        RoomBand(width: width, glyphs: glyphs).lines(for: heard.question, text: heard.text, tally: heard.tally, answer: heard.answer,
                                                     keysNote: heard.answer.map { "you said: " + heard.question.choices[$0 - 1] } ?? "press a number to answer")
    } ?? []
    return SlideCanvas.screen(for: slides, footer: footer, hints: [.following, .slide], leaving: [.blank], band: band)
}

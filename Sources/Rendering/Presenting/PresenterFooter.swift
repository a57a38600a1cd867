import Catalog
import Layout
import Navigation

/// The presenter's footer line: the clock (and the time left), how many follow when shared, and
/// where the presentation is on the left; the number being typed after `g`, a notice (which
/// takes the room of the place and the head count), or the last keys pressed on the right.
enum PresenterFooter {
    static func spans(for presentation: Presentation, width: Int) -> [Span] {
        let glyphs = presentation.glyphs
        let clock = presentation.clock
        var left = " " + PresenterClock.format(clock.elapsed)
        var leftStyle = Style(.chrome, bold: true)
        if let remaining = clock.remaining {
            left += remaining >= 0 ? " \(glyphs.dot) \(PresenterClock.format(remaining)) left" : " \(glyphs.dot) \(PresenterClock.format(remaining)) over"
            if remaining < 0 { leftStyle = Style(.notice, bold: true) }
        }
        if clock.isPaused { left += " (paused)" }
        let notice = presentation.isAskingToQuit ? "\(presentation.followers ?? 0) following: quit? y/n" : presentation.notice
        // A notice (how attendees join, at start) takes the head count's room as well as the place's.
        if let followers = presentation.followers, notice == nil { left += " \(glyphs.dot) \(followers) following" }
        if presentation.question != nil {
            let answered = presentation.room.answered
            left += " \(glyphs.dot) " + (presentation.followers.map { "\(answered) of \($0) answered" } ?? "\(answered) answered")
        }
        if presentation.room.hands > 0 {
            left += " \(glyphs.dot) \(presentation.room.hands) hand\(presentation.room.hands == 1 ? "" : "s") up"
        }
        let place = notice == nil ? " \(glyphs.dot) " + place(of: presentation.slides) : ""
        let right: [Span]
        if let jump = presentation.jump {
            right = [Span("go to \(presentation.deck.noun ?? "item"): \(jump)", Style(.notice, bold: true)), Span(" ")]
        } else if let notice = notice {
            right = [Span(glyphs.text(notice), Style(.notice, bold: true)), Span(" ")]
        } else if !presentation.recentKeys.isEmpty {
            let arrows = ArrowNames(glyphs)
            right = [Span("keys: ", Style(.muted)), Span(presentation.recentKeys.map { $0.name(arrows: arrows) }.joined(separator: " "), Style(.chrome, bold: true)), Span(" ")]
        } else {
            right = []
        }
        return FooterLine(width: width, glyphs: glyphs).spans(left: [Span(left, leftStyle), Span(place, Style(.muted))], right: right)
    }

    /// `principle 3 of 9`, with `↓ more` when the slide goes on below the screen, or the title of
    /// the page being read.
    static func place(of slides: SlideShow) -> String {
        let glyphs = slides.glyphs
        if let reader = slides.reader {
            return "reading " + glyphs.text(reader.page.shortTitle)
        }
        let below = glyphs.foldsText ? "more below" : "↓ more"
        let more = slides.slideScroll < slides.maximumSlideScroll ? " \(glyphs.dot) \(below)" : ""
        return slides.positionLabel + more
    }
}

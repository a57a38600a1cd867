import Catalog
import Layout
import Navigation

/// The facilitator's notes for the presenter's current page, for a second terminal that only
/// the facilitator sees: the page's "Questions for your team", then any notes comment it still has;
/// at the foot, the question open to the room with its tally as it stands, and the next item.
enum NotesView {
    static func screen(for follower: Follower, status: [Span]) -> Screen {
        let slides = follower.slides
        let glyphs = slides.glyphs
        let size = slides.window
        var screen = Screen(size: size)
        guard !Frame(size).isTooSmall else {
            TooSmallView.draw(on: &screen, glyphs: glyphs)
            return screen
        }
        let frame = Frame(size)
        let margin = Span(String(repeating: " ", count: frame.margin))
        let page = follower.presenterPage.map { slides.catalog[$0] }
        let title = page.map { "Notes \(glyphs.dot) " + glyphs.text($0.title) } ?? "Notes"
        screen.draw([Span(glyphs.truncate(" " + title, to: size.columns), Style(.chrome, bold: true))], at: 0)
        var lines: [Line] = []
        let questions = page?.teamQuestions ?? []
        if !questions.isEmpty {
            lines = [Line([Span(Page.teamQuestionsHeading, Style(.heading, bold: true))])]
            let marker = glyphs.bullet + " "
            let indent = Span(String(repeating: " ", count: DisplayWidth.of(marker)))
            for question in questions {
                let wrapped = glyphs.wrap(question, width: max(1, frame.textWidth - indent.width))
                lines += wrapped.enumerated().map { index, text in Line([index == 0 ? Span(marker, Style(.muted)) : indent, Span(text)]) }
            }
        }
        if let page, !page.notes.isEmpty {
            for paragraph in page.notes {
                if !lines.isEmpty { lines.append(.blank) }
                lines += glyphs.wrap(paragraph, width: frame.textWidth).map { Line([Span($0)]) }
            }
        } else if questions.isEmpty {
            let message = page == nil ? "Waiting for the presenter." : "No notes for this page."
            lines = [Line([Span(message, Style(.muted))])]
        }
        let next = follower.presenterNextTitle
        var room: [[Span]] = []
        if let heard = follower.question {
            room = [[Span(glyphs.truncate(" Asked: " + glyphs.text(heard.text), to: size.columns), Style(.chrome, bold: true))]]
                + RoomBand(width: size.columns, glyphs: glyphs).bars(heard.question.choices, tally: heard.tally ?? heard.question.choices.map { _ in 0 })
        }
        // The notes keep at least two rows; a window too short for both drops the tally.
        if size.rows - (next == nil ? 3 : 4) - room.count < 2 { room = [] }
        let rows = size.rows - (next == nil ? 3 : 4) - room.count
        if lines.count > rows {
            lines = Array(lines.prefix(max(0, rows - 1))) + [Line([Span(glyphs.ellipsis, Style(.muted))])]
        }
        for (offset, line) in lines.enumerated() {
            screen.draw([margin] + line.spans, at: 2 + offset)
        }
        for (offset, row) in room.enumerated() {
            screen.draw(row, at: size.rows - (next == nil ? 1 : 2) - room.count + offset)
        }
        if let next {
            let text = glyphs.truncate(" Next: " + glyphs.text(next), to: size.columns)
            screen.draw([Span(text, Style(.muted))], at: size.rows - 2)
        }
        let place = slides.isBlank ? " \(glyphs.dot) screen blanked" : ""
        screen.draw(status + [Span(place, Style(.muted))], at: size.rows - 1)
        return screen
    }
}

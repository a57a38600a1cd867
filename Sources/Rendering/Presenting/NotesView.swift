import Catalog
import Layout
import Navigation

/// The facilitator's notes for the presenter's current page, for a second terminal that only
/// the facilitator sees: the page's "Questions for your team", then any notes comment it still has.
enum NotesView {
    static func screen(for follower: Follower, status: [Span]) -> Screen {
        let presentation = follower.presentation
        let glyphs = presentation.glyphs
        let size = presentation.window
        var screen = Screen(size: size)
        guard !Frame(size).isTooSmall else {
            TooSmallView.draw(on: &screen, glyphs: glyphs)
            return screen
        }
        let frame = Frame(size)
        let margin = Span(String(repeating: " ", count: frame.margin))
        let page = follower.presenterPage.map { presentation.catalog[$0] }
        let title = page.map { "Notes \(glyphs.dot) " + glyphs.text($0.title) } ?? "Notes"
        screen.draw([Span(DisplayWidth.truncate(" " + title, to: size.columns, ellipsis: glyphs.ellipsis), Style(.chrome, bold: true))], at: 0)
        var lines: [Line] = []
        let questions = page?.teamQuestions ?? []
        if !questions.isEmpty {
            lines = [Line([Span(Page.teamQuestionsHeading, Style(.heading, bold: true))])]
            let marker = glyphs.bullet + " "
            let indent = Span(String(repeating: " ", count: DisplayWidth.of(marker)))
            for question in questions {
                let wrapped = wrap(question, width: max(1, frame.textWidth - indent.width), glyphs: glyphs)
                lines += wrapped.enumerated().map { index, text in Line([index == 0 ? Span(marker, Style(.muted)) : indent, Span(text)]) }
            }
        }
        if let page, !page.notes.isEmpty {
            for paragraph in page.notes {
                if !lines.isEmpty { lines.append(.blank) }
                lines += wrap(paragraph, width: frame.textWidth, glyphs: glyphs).map { Line([Span($0)]) }
            }
        } else if questions.isEmpty {
            let message = page == nil ? "Waiting for the presenter." : "No notes for this page."
            lines = [Line([Span(message, Style(.muted))])]
        }
        let rows = size.rows - 3
        if lines.count > rows {
            lines = Array(lines.prefix(max(0, rows - 1))) + [Line([Span(glyphs.ellipsis, Style(.muted))])]
        }
        for (offset, line) in lines.enumerated() {
            screen.draw([margin] + line.spans, at: 2 + offset)
        }
        let place = presentation.isBlank ? " \(glyphs.dot) screen blanked" : ""
        screen.draw(status + [Span(place, Style(.muted))], at: size.rows - 1)
        return screen
    }
}

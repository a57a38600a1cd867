import Catalog
import Layout
import Navigation

/// The join screen, for the projector: how attendees follow the presentation on their own
/// screens, each command centred in bold between heavy rules, as large as a terminal can make it.
struct JoinView {
    /// The columns the instructions take.
    let width: Int
    /// The glyph set they are drawn in.
    let glyphs: Glyphs

    /// Draws the join screen for `slides`, with `footer` at its foot.
    static func draw(_ slides: SlideShow, join: JoinInstructions, footer: [Span], on screen: inout Screen) {
        let frame = slides.frame
        JoinView(width: frame.textWidth, glyphs: slides.glyphs).draw(join, in: frame, footer: footer, on: &screen)
    }

    private func draw(_ join: JoinInstructions, in frame: SlideFrame, footer: [Span], on screen: inout Screen) {
        let heading = centred("Follow this presentation on your own screen", style: Style(.heading, bold: true))
        let or = centred("or, logged in to this machine:", style: Style(.muted))
        var lines: [Line] = [heading, .blank]
        if let remote = join.remote {
            lines += command(remote, ruled: true) + [.blank, or, .blank]
        }
        lines += command(join.local, ruled: true)
        lines += [.blank] + glyphs.wrap("You see each item at your own window's size; f explores on your own and f again rejoins. You cannot move the presenter.", width: width)
            .map { centred($0, style: Style(.muted)) }
        if lines.count > frame.bodyRows {
            // On a small canvas the commands matter most: no rules, no space, no explanation.
            lines = [heading] + (join.remote.map { command($0, ruled: false) + [or] } ?? [])
                + command(join.local, ruled: false)
        }
        let margin = Span(String(repeating: " ", count: frame.margin))
        let shown = Array(lines.prefix(frame.bodyRows))
        let top = frame.bodyTop + max(0, (frame.bodyRows - shown.count) / 2)
        for (offset, line) in shown.enumerated() {
            screen.draw([margin] + line.spans, at: top + offset)
        }
        screen.draw(footer, at: frame.footerRow)
        screen.draw([Span(" "), Span("any key", Style(.chrome, bold: true)), Span(" back to the slide", Style(.muted))], at: frame.size.rows - 1)
        screen.cursor = Screen.Cursor(row: top, column: frame.margin)
    }

    /// A command in bold, between two heavy rules when `ruled`, wrapped when it is wider than
    /// the column.
    private func command(_ text: String, ruled: Bool) -> [Line] {
        let rows = glyphs.wrap(text, width: width)
        let shown = rows.map { centred($0, style: Style(.heading, bold: true)) }
        guard ruled else { return shown }
        let ruleWidth = min(width, (rows.map { DisplayWidth.of($0) }.max() ?? 0) + 4)
        let rule = centred(String(repeating: glyphs.slideRule, count: ruleWidth), style: Style(.muted))
        return [rule] + shown + [rule]
    }

    private func centred(_ text: String, style: Style) -> Line {
        let text = glyphs.truncate(text, to: width)
        return Line([Span(String(repeating: " ", count: max(0, (width - DisplayWidth.of(text)) / 2))), Span(text, style)])
    }
}

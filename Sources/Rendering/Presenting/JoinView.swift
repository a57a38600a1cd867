import Catalog
import Layout
import Navigation

/// The join screen, for the projector: how attendees follow the presentation on their own
/// screens, each command centred in bold between heavy rules, as large as a terminal can make it.
enum JoinView {
    static func draw(_ slides: SlideShow, join: JoinInstructions, footer: [Span], on screen: inout Screen) {
        let frame = slides.frame
        let glyphs = slides.glyphs
        let width = frame.textWidth
        let heading = centred("Follow this presentation on your own screen", width: width, glyphs: glyphs, style: Style(.heading, bold: true))
        let or = centred("or, logged in to this machine:", width: width, glyphs: glyphs, style: Style(.muted))
        var lines: [Line] = [heading, .blank]
        if let remote = join.remote {
            lines += command(remote, width: width, glyphs: glyphs, ruled: true) + [.blank, or, .blank]
        }
        lines += command(join.local, width: width, glyphs: glyphs, ruled: true)
        lines += [.blank] + wrap("You see each item at your own window's size; f explores on your own and f again rejoins. You cannot move the presenter.", width: width, glyphs: glyphs)
            .map { centred($0, width: width, glyphs: glyphs, style: Style(.muted)) }
        if lines.count > frame.bodyRows {
            // On a small canvas the commands matter most: no rules, no space, no explanation.
            lines = [heading] + (join.remote.map { command($0, width: width, glyphs: glyphs, ruled: false) + [or] } ?? [])
                + command(join.local, width: width, glyphs: glyphs, ruled: false)
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
    private static func command(_ text: String, width: Int, glyphs: Glyphs, ruled: Bool) -> [Line] {
        let rows = wrap(glyphs.text(text), width: width, glyphs: glyphs)
        let shown = rows.map { centred($0, width: width, glyphs: glyphs, style: Style(.heading, bold: true)) }
        guard ruled else { return shown }
        let ruleWidth = min(width, (rows.map { DisplayWidth.of($0) }.max() ?? 0) + 4)
        let rule = centred(String(repeating: glyphs.slideRule, count: ruleWidth), width: width, glyphs: glyphs, style: Style(.muted))
        return [rule] + shown + [rule]
    }

    private static func centred(_ text: String, width: Int, glyphs: Glyphs, style: Style) -> Line {
        let text = DisplayWidth.truncate(text, to: width, ellipsis: glyphs.ellipsis)
        return Line([Span(String(repeating: " ", count: max(0, (width - DisplayWidth.of(text)) / 2))), Span(text, style)])
    }
}

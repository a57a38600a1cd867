import Catalog
import Layout
import Navigation

/// The second line from the bottom: a notice or the focused link's destination on the left, the
/// position (`3 of 6`, `42%`) on the right.
enum StatusView {
    static func spans(for state: State, width: Int) -> [Span] {
        let glyphs = state.glyphs
        let position = " " + self.position(for: state) + " "
        var left = ""
        var leftStyle = Style(.muted)
        if let notice = state.notice {
            left = glyphs.text(notice)
            leftStyle = Style(.notice, bold: true)
        } else if state.overlay == nil, !state.page.isMenu, let focus = state.place.focus,
                  state.document.targets.indices.contains(focus) {
            switch state.document.targets[focus].action {
            case let .open(id, _): left = "\(glyphs.right) " + glyphs.text(state.catalog[id].title)
            case let .external(url): left = "\(glyphs.right) " + glyphs.text(url)
            }
        }
        let room = max(0, width - DisplayWidth.of(position) - 1)
        let shownLeft = " " + DisplayWidth.truncate(left, to: max(0, room - 1), ellipsis: glyphs.ellipsis)
        let gap = max(0, width - DisplayWidth.of(shownLeft) - DisplayWidth.of(position))
        return [Span(shownLeft, leftStyle), Span(String(repeating: " ", count: gap)), Span(position, Style(.muted))]
    }

    /// `3 of 6` in a menu; `Top`, `42%`, `Bot` or `All` on a page; `Help` on the help screen.
    static func position(for state: State) -> String {
        if state.overlay != nil { return "Help" }
        if state.page.isMenu {
            return "\((state.place.focus ?? 0) + 1) of \(state.page.children.count)"
        }
        let lines = state.document.lines.count
        let rows = state.frame.bodyRows
        if lines <= rows { return "All" }
        let bottom = min(lines, state.place.scroll + rows)
        if state.place.scroll == 0 { return "Top" }
        if bottom >= lines { return "Bot" }
        return "\(bottom * 100 / lines)%"
    }
}

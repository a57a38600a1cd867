import Catalog
import Layout
import Navigation

/// The top line: where the reader is, as `Toolkit › 5 Correctives › 3 of 5 · Social value…`,
/// and on the right whether Back and Forward have somewhere to go.
enum BreadcrumbView {
    static func spans(for state: State, width: Int) -> [Span] {
        let glyphs = state.glyphs
        let catalog = state.catalog
        var parts: [String]
        if let query = state.place.results {
            parts = [glyphs.text(catalog.root.shortTitle), "Search: " + glyphs.text(query)]
        } else {
            parts = catalog.ancestry(of: state.place.id).dropLast().map { glyphs.text(catalog[$0].shortTitle) }
            let page = state.page
            if let position = catalog.position(of: page.id) {
                parts.append("\(position.index) of \(position.count) \(glyphs.dot) \(glyphs.text(page.shortTitle))")
            } else {
                parts.append(glyphs.text(page.shortTitle))
            }
        }
        let back = state.history.isEmpty ? " " : glyphs.left
        let forward = state.forward.isEmpty ? " " : glyphs.right
        var arrows = state.history.isEmpty && state.forward.isEmpty ? "" : " \(back) \(forward) "
        if state.workbook.name != WorkbookAnswers.defaultName {
            let name = glyphs.text(VisibleText.make(state.workbook.name))
            arrows = glyphs.truncate(" Workbook: \(name)", to: max(0, width / 2 - DisplayWidth.of(arrows)))
                + (arrows.isEmpty ? " " : arrows)
        }
        let room = max(0, width - DisplayWidth.of(arrows))
        let text = glyphs.truncate(" " + parts.joined(separator: " \(glyphs.breadcrumb) "), to: room)
        let fill = String(repeating: " ", count: max(0, room - DisplayWidth.of(text)))
        return [Span(text + fill, Style(.chrome, bold: true)), Span(arrows, Style(.chrome))]
    }
}

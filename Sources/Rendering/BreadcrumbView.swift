import Catalog
import Layout
import Navigation

/// The top line: where the reader is, as `Toolkit › 5 Correctives › 3 of 5 · Social value…`.
enum BreadcrumbView {
    static func spans(for state: State, width: Int) -> [Span] {
        let glyphs = state.glyphs
        let catalog = state.catalog
        let chain = catalog.ancestry(of: state.place.id)
        var parts = chain.dropLast().map { glyphs.text(catalog[$0].shortTitle) }
        let page = state.page
        if let position = catalog.position(of: page.id) {
            parts.append("\(position.index) of \(position.count) \(glyphs.dot) \(glyphs.text(page.shortTitle))")
        } else {
            parts.append(glyphs.text(page.shortTitle))
        }
        let text = " " + parts.joined(separator: " \(glyphs.breadcrumb) ")
        let shown = DisplayWidth.truncate(text, to: width, ellipsis: glyphs.ellipsis)
        let fill = String(repeating: " ", count: max(0, width - DisplayWidth.of(shown)))
        return [Span(shown + fill, Style(.chrome, bold: true))]
    }
}

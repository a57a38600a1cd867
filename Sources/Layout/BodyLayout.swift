import Catalog

/// Lays out a page's blocks without its title, for output that prints its own heading.
public enum BodyLayout {
    /// The blocks of `page` laid out `width` columns wide (at least 1).
    public static func document(for page: Page, width: Int, glyphs: Glyphs) -> Document {
        let lines = BlockLayout(width: max(1, width), glyphs: glyphs).lines(for: page.blocks)
        return Document(width: max(1, width), lines: lines) { key in
            switch page.links[key].target {
            case let .page(id, anchor): return .open(id, anchor: anchor)
            case let .external(url): return .external(url)
            }
        }
    }
}

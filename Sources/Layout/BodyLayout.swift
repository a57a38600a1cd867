import Catalog

/// Lays out a page's blocks without its title, for output that prints its own heading.
public enum BodyLayout {
    /// The blocks of `page` laid out `width` columns wide (at least 1), web addresses whole
    /// as in `PageLayout` when `wholeAddresses`.
    public static func document(for page: Page, width: Int, glyphs: Glyphs, wholeAddresses: Bool = false) -> Document {
        let lines = BlockLayout(width: max(1, width), glyphs: glyphs, wholeAddresses: wholeAddresses).lines(for: page.blocks)
        return Document(width: max(1, width), lines: lines) { key in
            switch page.links[key].target {
            case let .page(id, anchor): return .open(id, anchor: anchor)
            case let .external(url): return .external(url)
            }
        }
    }
}

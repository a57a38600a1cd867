import Catalog
import Layout

/// The whole toolkit, or one section, in menu order as one text: numbered headings that keep the
/// menu's structure (`2.3  Corrective 2 ...`), each page's text and its references, without the
/// "What next?" blocks a screen needs and a handout does not.
public enum Handout {
    /// Every page under `root` (itself included), as `plain` writes text.
    public static func text(from root: PageID, as plain: PlainText) -> String {
        let (catalog, width, glyphs) = (plain.catalog, plain.width, plain.glyphs)
        var parts: [String] = []
        visit(root, number: catalog.menuNumber(of: root), in: catalog) { id, number in
            let page = catalog[id]
            let heading = (number.isEmpty ? "" : number + " ") + glyphs.text(page.title)
            let ruleGlyph = id.parent == nil || id.parent == .root ? glyphs.titleRule : glyphs.rule
            let headingLines = glyphs.wrap(heading, width: width)
            let ruleWidth = min(width, headingLines.map { DisplayWidth.of($0) }.max() ?? 0)
            var part = headingLines.joined(separator: "\n") + "\n" + String(repeating: ruleGlyph, count: ruleWidth) + "\n"
            let blocks = page.handoutBlocks
            if !blocks.isEmpty {
                part += "\n" + plain.body(of: page, blocks: blocks, title: false)
            }
            parts.append(part)
        }
        return parts.joined(separator: "\n\n")
    }

    /// The whole toolkit, or one section, as Markdown: each page's title as a numbered heading
    /// and its body as written.
    public static func markdown(from root: PageID, in catalog: Catalog) -> String {
        var parts: [String] = []
        visit(root, number: catalog.menuNumber(of: root), in: catalog) { id, number in
            parts.append(MarkdownExport.page(id, in: catalog, number: number))
        }
        return parts.joined(separator: "\n")
    }

    /// Calls `body` with every page under `id` (itself first) and its menu number, in menu order.
    static func visit(_ id: PageID, number: String, in catalog: Catalog, _ body: (PageID, String) -> Void) {
        body(id, number)
        for (child, shown) in zip(catalog[id].children, catalog.itemNumbers(of: id).shown) {
            visit(child, number: number.isEmpty ? "\(shown)" : "\(number).\(shown)", in: catalog, body)
        }
    }
}

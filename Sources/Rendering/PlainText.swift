import Catalog
import Layout

/// A page or menu as plain text for a pipe or a file: the same layout as the screen, without
/// styles, escape sequences or chrome.
public enum PlainText {
    /// The page laid out `width` columns wide, one line per line, trailing spaces removed.
    public static func page(_ id: PageID, in catalog: Catalog, width: Int, glyphs: Glyphs) -> String {
        let page = catalog[id]
        let document = page.isMenu
            ? MenuLayout.document(for: page, in: catalog, width: width, glyphs: glyphs)
            : PageLayout.document(for: page, width: width, glyphs: glyphs)
        return document.lines.map { line in
            var text = line.text
            while text.last == " " { text.removeLast() }
            return text
        }.joined(separator: "\n") + "\n"
    }
}

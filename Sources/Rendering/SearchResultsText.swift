import Catalog
import Layout

/// Search results as plain text: a count, then per page its title, section, match count, id and
/// the first matching line.
public enum SearchResultsText {
    /// The results for `query`, `width` columns wide.
    public static func text(for hits: [SearchIndex.Hit], query: String, in catalog: Catalog, width: Int, glyphs: Glyphs) -> String {
        let total = hits.reduce(0) { $0 + $1.count }
        guard !hits.isEmpty else { return "No pages match \"\(VisibleText.make(query))\".\n" }
        var text = "\(total) match\(total == 1 ? "" : "es") in \(hits.count) page\(hits.count == 1 ? "" : "s") for \"\(glyphs.text(VisibleText.make(query)))\"\n"
        for (index, hit) in hits.enumerated() {
            let page = catalog[hit.id]
            let section = hit.id.parent.flatMap { $0.isRoot ? nil : catalog[$0].shortTitle }
            var heading = "\(index + 1). \(glyphs.text(page.title))"
            if let section { heading += " (\(glyphs.text(section)))" }
            heading += " \(glyphs.dot) \(hit.count) match\(hit.count == 1 ? "" : "es")"
            text += "\n" + Layout.wrap(heading, width: width, glyphs: glyphs).joined(separator: "\n") + "\n"
            text += "   toolkit \(hit.id)\n"
            let snippet = Snippet.around(hit, width: max(10, width - 3), ellipsis: glyphs.ellipsis)
            text += "   " + glyphs.text(snippet) + "\n"
        }
        return text
    }
}

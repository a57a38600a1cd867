import Catalog
import Layout

/// Search results as plain text: a count, then per page its title, section, match count, id and
/// the first matching line. When the query matched nothing but a close spelling does, it says so
/// and lists that spelling's pages.
public enum SearchResultsText {
    /// The results for `query`, at `plain`'s width and in its glyph set.
    public static func text(for results: SearchIndex.Results, as plain: PlainText) -> String {
        let (catalog, width, glyphs) = (plain.catalog, plain.width, plain.glyphs)
        let hits = results.hits
        guard !hits.isEmpty else { return "No pages match \(SearchWording.echo(results.typed, glyphs: glyphs)).\n" }
        let total = hits.reduce(0) { $0 + $1.count }
        var text = ""
        if let suggestion = results.suggestion {
            text += SearchWording.respelling(typed: results.typed, searched: results.searched, suggestion: suggestion, glyphs: glyphs) + "\n"
        }
        text += "\(Count.of(total, "match", "matches")) in \(Count.of(hits.count, "page", "pages")) for \(SearchWording.echo(results.searched, glyphs: glyphs))\n"
        for (index, hit) in hits.enumerated() {
            let page = catalog[hit.id]
            let section = hit.id.parent.flatMap { $0.isRoot ? nil : catalog[$0].shortTitle }
            var heading = "\(index + 1). \(glyphs.text(page.title))"
            if let section { heading += " (\(glyphs.text(section)))" }
            heading += " \(glyphs.dot) \(Count.of(hit.count, "match", "matches"))"
            text += "\n" + glyphs.wrap(heading, width: width).joined(separator: "\n") + "\n"
            text += "   toolkit \(hit.id)\n"
            let snippet = Snippet.around(hit, width: max(10, width - 3), ellipsis: glyphs.ellipsis)
            text += "   " + glyphs.text(snippet) + "\n"
        }
        return text
    }
}

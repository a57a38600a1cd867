import Catalog

/// A page as Markdown: its title as a heading, its body as the author wrote it, its sources.
public enum MarkdownExport {
    /// The page's Markdown, with `number` (such as `2.3`) before the title when given.
    public static func page(_ id: PageID, in catalog: Catalog, number: String = "") -> String {
        let page = catalog[id]
        var text = "# " + (number.isEmpty ? "" : number + " ") + page.title + "\n\n"
        let body = VisibleText.make(page.markdown).trimmingTrailingNewlines
        if !body.isEmpty { text += body + "\n\n" }
        if !page.sources.isEmpty {
            text += "Sources:\n\n" + page.sources.map { "- <\($0)>\n" }.joined() + "\n"
        }
        return text
    }
}

private extension String {
    var trimmingTrailingNewlines: String {
        var text = self
        while text.last == "\n" || text.last == " " { text.removeLast() }
        return text
    }
}

import Catalog

/// A reference to a page for an email or a report, on one line: the page's title, the section
/// being read, the toolkit's title, the web address the page was written from, and the content's
/// date. Every part is made visible text and white space is collapsed, so it holds no control
/// character whatever the content says.
public enum Citation {
    /// The reference to `id`, at `section` when one is given.
    public static func text(for id: PageID, section: String? = nil, in catalog: Catalog) -> String {
        let page = catalog[id]
        var parts = ["\"\(clean(page.title))\""]
        if let section, !clean(section).isEmpty, clean(section) != clean(page.title) { parts[0] += ", section \"\(clean(section))\"" }
        parts.append(id.isRoot ? "E3M" : "In: \(clean(catalog.root.title)) (E3M)")
        if let address = page.sources.first(where: isWebAddress) ?? catalog.root.sources.first(where: isWebAddress) { parts.append(clean(address)) }
        if let date = page.updated ?? catalog.root.updated { parts.append("Content of \(clean(date))") }
        return parts.joined(separator: ". ") + "."
    }

    /// `text` as visible characters on one line, runs of white space as one space.
    static func clean(_ text: String) -> String {
        VisibleText.make(text).split(whereSeparator: { $0.isWhitespace || $0.unicodeScalars.contains(where: VisibleText.needsEscaping) })
            .joined(separator: " ")
    }

    private static func isWebAddress(_ address: String) -> Bool {
        address.hasPrefix("https://") || address.hasPrefix("http://")
    }
}

import Catalog

/// The words every search screen uses about a query, so that the full screen, `--plain` and
/// `toolkit search` say the same thing: the query as typed and what was searched instead.
public enum SearchWording {
    /// The query as the reader typed it, for "for …" headings: in quotes, unless it has quotes
    /// of its own (`"social value"` is shown once quoted, not as `""social value""`).
    public static func echo(_ typed: String, glyphs: Glyphs) -> String {
        let shown = glyphs.text(VisibleText.make(typed))
        return typed.contains(where: { $0 == "\"" || $0 == "\u{201C}" || $0 == "\u{201D}" }) ? shown : "\"\(shown)\""
    }

    /// The line about a respelling: when the typed words matched nothing and the pages shown are
    /// the suggestion's, "No match for procuremnt; showing procurement."; when they matched but a
    /// word is not a word of the toolkit, "Did you mean procurement?".
    public static func respelling(typed: String, searched: String, suggestion: String, glyphs: Glyphs) -> String {
        let respelled = glyphs.text(VisibleText.make(suggestion))
        guard searched == suggestion, searched != typed else { return "Did you mean \(respelled)?" }
        return "No match for \(glyphs.text(VisibleText.make(typed.trimmingSpaces))); showing \(respelled)."
    }
}

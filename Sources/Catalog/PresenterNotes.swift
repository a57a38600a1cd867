/// Notes for a workshop facilitator, written in a page as an HTML comment that starts with
/// `notes`, so that every other Markdown reader hides them:
///
///     <!-- notes
///     Ask who has seen a three-year contract cycle end badly.
///     -->
enum PresenterNotes {
    /// The note's paragraphs if `html` is a notes comment, or nil for any other HTML.
    static func paragraphs(in html: String) -> [String]? {
        guard html.hasPrefix("<!--") else { return nil }
        var text = html.dropFirst(4).drop { $0 == " " || $0 == "\t" }
        guard text.hasPrefix("notes") else { return nil }
        text = text.dropFirst(5)
        guard text.first.map({ $0.isWhitespace || $0 == ":" }) ?? true else { return nil }
        if text.hasPrefix(":") { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        if text.hasSuffix("-->") { text = text.dropLast(3) }
        var paragraphs: [String] = []
        var current: [String] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let words = String(line).trimmingSpaces
            if words.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(VisibleText.make(words))
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs
    }

    /// `markdown` without its notes comments, for exports that must not show them.
    static func removed(from markdown: String) -> String {
        var kept: [Substring] = []
        var inNotes = false
        for line in markdown.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if !inNotes, paragraphs(in: String(line.drop { $0 == " " })) != nil {
                inNotes = true
            }
            if inNotes {
                if line.contains("-->") { inNotes = false }
                continue
            }
            kept.append(line)
        }
        return kept.joined(separator: "\n")
    }
}

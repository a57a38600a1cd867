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

    /// `markdown` without its notes comments (the lines from `<!-- notes` to `-->`), for exports
    /// that must not show them. Works on lines of UTF-8 bytes: it runs for every page with notes
    /// at start-up.
    static func removed(from markdown: String) -> String {
        let bytes = Array(markdown.utf8)
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var inNotes = false
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
            let line = bytes[lineStart..<lineEnd]
            if !inNotes, startsNotes(line) { inNotes = true }
            if inNotes {
                if contains(line, Array("-->".utf8)) { inNotes = false }
            } else {
                kept += line
            }
            lineStart = lineEnd
        }
        return String(decoding: kept, as: UTF8.self)
    }

    /// Whether a line, after up to three spaces, opens a notes comment.
    private static func startsNotes(_ line: ArraySlice<UInt8>) -> Bool {
        let text = line.drop { $0 == UInt8(ascii: " ") }
        guard text.starts(with: "<!--".utf8) else { return false }
        let rest = text.dropFirst(4).drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard rest.starts(with: "notes".utf8) else { return false }
        guard let next = rest.dropFirst(5).first else { return true }
        return next == UInt8(ascii: " ") || next == UInt8(ascii: ":") || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r") || next == UInt8(ascii: "\t")
    }

    private static func contains(_ line: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard line.count >= needle.count else { return false }
        return (line.startIndex...(line.endIndex - needle.count)).contains { line[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}

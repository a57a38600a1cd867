/// Lists in words for messages and help: "a, b or c".
enum Wording {
    /// `["a", "b", "c"]` as "a, b or c".
    static func alternatives(_ words: [String]) -> String {
        guard let last = words.last, words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " or " + last
    }

    /// `["a", "b", "c"]` as "a, b and c".
    static func all(_ words: [String]) -> String {
        guard let last = words.last, words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " and " + last
    }

    /// `text` broken into lines of at most `width` columns at spaces, each after `indent`
    /// spaces (a word longer than the width keeps its own line).
    static func wrap(_ text: String, width: Int, indent: Int = 0) -> [String] {
        wrap(words: text.split(separator: " ").map(String.init), width: width, indent: indent)
    }

    /// `words` joined by spaces into lines of at most `width` columns, never breaking a word
    /// (which may hold spaces: `[--theme dark|light]`), each line after `indent` spaces.
    static func wrap(words: [String], width: Int, indent: Int = 0) -> [String] {
        let margin = String(repeating: " ", count: indent)
        var lines: [String] = []
        var line = ""
        for word in words {
            if !line.isEmpty, indent + line.count + 1 + word.count > width {
                lines.append(margin + line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(margin + line) }
        return lines
    }
}

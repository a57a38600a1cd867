/// A search as typed, prepared for matching: smart case (case-sensitive only when the query has
/// a capital), accents folded, split into words that must all occur.
public struct SearchQuery: Equatable, Sendable {
    /// The query as typed.
    public let text: String
    /// The words to find, folded (and lower-cased unless the search is case-sensitive).
    public let words: [String]
    /// Whether case matters.
    public let isCaseSensitive: Bool

    /// Prepares `text`.
    public init(_ text: String) {
        self.text = text
        isCaseSensitive = text.contains { $0.isUppercase }
        words = SearchQuery.fold(text, caseSensitive: isCaseSensitive)
            .split(separator: " ").map(String.init).filter { !$0.isEmpty }
    }

    /// Whether there is nothing to look for.
    public var isEmpty: Bool { words.isEmpty }

    /// `line` folded the way the words are, keeping its length in characters.
    public func prepare(_ line: String) -> String {
        SearchQuery.fold(line, caseSensitive: isCaseSensitive)
    }

    /// Every occurrence of any word in `line`, as character offsets, in order and not overlapping.
    public func ranges(in line: String) -> [Range<Int>] {
        let haystack = Array(prepare(line))
        var found: [Range<Int>] = []
        for word in words {
            let needle = Array(word)
            guard !needle.isEmpty, needle.count <= haystack.count else { continue }
            var start = 0
            while start + needle.count <= haystack.count {
                if haystack[start] == needle[0] && Array(haystack[start..<start + needle.count]) == needle {
                    found.append(start..<start + needle.count)
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }
        found.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for range in found {
            if let last = merged.last, range.lowerBound < last.upperBound { continue }
            merged.append(range)
        }
        return merged
    }

    /// `text` with accents folded and, unless `caseSensitive`, lower-cased, keeping its length.
    static func fold(_ text: String, caseSensitive: Bool) -> String {
        let folded = ASCIIFolding.foldLetters(text)
        guard !caseSensitive else { return folded }
        let lowered = folded.lowercased()
        return lowered.count == folded.count ? lowered : String(folded.map { Character($0.lowercased().count == 1 ? $0.lowercased() : String($0)) })
    }
}

import Glibc

/// A page's folded search lines as one ASCII byte buffer, in both cases, so that ASCII words are
/// counted with `memchr` and `memcmp`. For ASCII text and words, byte matches are exactly Character matches.
struct ASCIIText: Equatable, Sendable {
    private let folded: [UInt8]
    private let lowerFolded: [UInt8]

    /// The lines joined by line feeds, or nil when any of them is not ASCII.
    init?(folded: [String], lowerFolded: [String]) {
        let isASCII: (String) -> Bool = { $0.utf8.allSatisfy { $0 < 0x80 } }
        guard folded.allSatisfy(isASCII), lowerFolded.allSatisfy(isASCII) else { return nil }
        self.folded = Array(folded.joined(separator: "\n").utf8)
        self.lowerFolded = Array(lowerFolded.joined(separator: "\n").utf8)
    }

    /// How often the words occur (not overlapping, within a line), whether the first line holds
    /// them all, and the line where the first word first occurs; nil unless every word occurs.
    /// The words must be ASCII without line feeds, so no match spans two lines.
    func find(_ words: [String], caseSensitive: Bool) -> (count: Int, inTitle: Bool, line: Int)? {
        let text = caseSensitive ? folded : lowerFolded
        return text.withUnsafeBufferPointer { haystack -> (count: Int, inTitle: Bool, line: Int)? in
            let titleEnd = haystack.firstIndex(of: 10) ?? haystack.count
            var total = 0
            var inTitle = true
            var firstOffset = 0
            for (index, word) in words.enumerated() {
                var count = 0
                var first: Int?
                var word = word
                word.withUTF8 { needle in
                    var offset = 0
                    while let found = Self.search(needle, in: haystack, from: offset) {
                        if first == nil { first = found }
                        count += 1
                        offset = found + needle.count
                    }
                }
                guard let first else { return nil }
                total += count
                if first >= titleEnd { inTitle = false }
                if index == 0 { firstOffset = first }
            }
            let line = haystack[..<firstOffset].reduce(0) { $1 == 10 ? $0 + 1 : $0 }
            return (total, inTitle, line)
        }
    }

    /// The offset of the first occurrence of `needle` at or after `offset`: `memchr` for its first
    /// byte, then `memcmp` (Glibc's module does not export the GNU `memmem`).
    private static func search(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        guard !needle.isEmpty, let base = haystack.baseAddress, let first = needle.baseAddress else { return nil }
        let last = haystack.count - needle.count
        var start = offset
        while start <= last {
            guard let hit = memchr(base + start, Int32(first.pointee), last - start + 1) else { return nil }
            let found = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + found, first, needle.count) == 0 { return found }
            start = found + 1
        }
        return nil
    }
}

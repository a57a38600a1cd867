import Glibc

/// A page's folded search lines as one ASCII byte buffer, in both cases, so that ASCII words are
/// counted on bytes rather than Characters. For ASCII text and words, byte matches are exactly Character
/// matches, and byte offsets within a line are Character offsets.
struct ASCIIText: Equatable, Sendable {
    /// What `find` learns about a page.
    struct Found {
        /// How often the words occur (not overlapping).
        var count: Int
        /// Whether the first line (the title) holds every word.
        var inTitle: Bool
        /// The line where the first word first occurs.
        var line: Int
        /// Where the earliest occurrence of any word in that line starts.
        var matchStart: Int
    }

    private let folded: [UInt8]
    private let lowerFolded: [UInt8]
    /// Where each line starts in both buffers. Kept rather than found by counting line feeds,
    /// because a line may hold a line feed of its own (raw HTML can span lines).
    private let lineStarts: [Int32]

    /// The lines joined by line feeds, or nil when any of them is not ASCII.
    init?(folded: [String], lowerFolded: [String]) {
        let isASCII: (String) -> Bool = { $0.utf8.allSatisfy { $0 < 0x80 } }
        guard folded.allSatisfy(isASCII), lowerFolded.allSatisfy(isASCII) else { return nil }
        self.folded = Array(folded.joined(separator: "\n").utf8)
        self.lowerFolded = Array(lowerFolded.joined(separator: "\n").utf8)
        var starts: [Int32] = []
        starts.reserveCapacity(folded.count)
        var start = 0
        for line in folded {
            starts.append(Int32(start))
            start += line.utf8.count + 1
        }
        guard self.folded.count == self.lowerFolded.count, self.folded.count < Int32.max else { return nil }
        lineStarts = starts
    }

    /// Where the words occur; nil unless every word does. The words must be ASCII without line
    /// feeds, so no match spans two lines.
    func find(_ words: [String], caseSensitive: Bool) -> Found? {
        let text = caseSensitive ? folded : lowerFolded
        return text.withUnsafeBufferPointer { haystack -> Found? in
            let titleEnd = lineStarts.count > 1 ? Int(lineStarts[1]) - 1 : haystack.count
            var total = 0
            var inTitle = true
            var firstOffset = 0
            for (index, word) in words.enumerated() {
                var count = 0
                var first: Int?
                var word = word
                word.withUTF8 { needle in
                    var offset = 0
                    while let found = Self.search(needle, in: haystack, from: offset, to: haystack.count) {
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
            let line = lineIndex(containing: firstOffset)
            let lineStart = Int(lineStarts[line])
            let lineEnd = line + 1 < lineStarts.count ? Int(lineStarts[line + 1]) - 1 : haystack.count
            var matchStart = firstOffset
            for word in words.dropFirst() {
                var word = word
                word.withUTF8 { needle in
                    if let found = Self.search(needle, in: haystack, from: lineStart, to: min(lineEnd, matchStart + needle.count)) {
                        matchStart = min(matchStart, found)
                    }
                }
            }
            return Found(count: total, inTitle: inTitle, line: line, matchStart: matchStart - lineStart)
        }
    }

    /// The last line starting at or before `offset`.
    private func lineIndex(containing offset: Int) -> Int {
        var low = 0, high = lineStarts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if Int(lineStarts[middle]) <= offset { low = middle } else { high = middle }
        }
        return low
    }

    /// The offset of the first occurrence of `needle` that starts at or after `offset` and ends
    /// by `end`. Sixteen places are tested at a time for the needle's first and last bytes, and
    /// only where both match are the bytes compared: `memchr` for the first byte alone stopped at
    /// every `c` of a search for `commissioning`, which was most of the search's time. A one-byte
    /// needle has no second byte to filter on, so `memchr` finds it.
    private static func search(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from offset: Int, to end: Int) -> Int? {
        guard let first = needle.first, let base = haystack.baseAddress, let needleBase = needle.baseAddress else { return nil }
        guard needle.count > 1 else {
            guard offset < end, let hit = memchr(base + offset, Int32(first), end - offset) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        let lastIndex = needle.count - 1
        let lastByte = needle[lastIndex]
        let last = end - needle.count
        var start = offset
        let firstLanes = SIMD16<UInt8>(repeating: first), lastLanes = SIMD16<UInt8>(repeating: lastByte)
        while start + 15 <= last {
            let starts = UnsafeRawPointer(base + start).loadUnaligned(as: SIMD16<UInt8>.self)
            let ends = UnsafeRawPointer(base + start + lastIndex).loadUnaligned(as: SIMD16<UInt8>.self)
            let candidates = (starts .== firstLanes) .& (ends .== lastLanes)
            if any(candidates) {
                for lane in 0..<16 where candidates[lane] && memcmp(base + start + lane, needleBase, needle.count) == 0 {
                    return start + lane
                }
            }
            start += 16
        }
        while start <= last {
            if base[start] == first && base[start + lastIndex] == lastByte && memcmp(base + start, needleBase, needle.count) == 0 { return start }
            start += 1
        }
        return nil
    }
}

/// What a page holds of a query: how often each unit and each joined pair occurs, and the
/// matches to mark. The index and the page's marks count with this same code, so the results
/// list's counts are the marks the reader sees.
public struct SearchTally: Sendable {
    /// Occurrences of each of the query's units.
    public private(set) var units: [Int]
    /// Occurrences of each pair of units written as one word.
    public private(set) var pairs: [Int]
    /// Matches to mark: occurrences that do not overlap, the longest first where two start together.
    public private(set) var count = 0

    private let query: SearchQuery
    private let firstSlots: UInt64

    /// An empty tally for `query`.
    public init(_ query: SearchQuery) {
        self.query = query
        units = Array(repeating: 0, count: query.units.count)
        pairs = Array(repeating: 0, count: query.pairs.count)
        firstSlots = query.firstSlots
    }

    /// Counts the occurrences in one run of words (a paragraph, a heading: phrases do not cross
    /// runs). `mask(i)` is the slots word `i` matches; `joinedMask(i)` those that word `i` and the
    /// next, written as one word, match (0 unless a hyphen joins them). Each match to mark is given
    /// to `mark` as a range of word indexes.
    @inline(__always)
    public mutating func scan(count: Int, mask: (Int) -> UInt64, joinedMask: (Int) -> UInt64, mark: (Range<Int>) -> Void = { _ in }) {
        var lastEnd = 0
        for index in 0..<count {
            let own = mask(index)
            let joined = index + 1 < count ? joinedMask(index) : 0
            guard (own | joined) & firstSlots != 0 else { continue }
            var end = index
            for (unit, alternatives) in query.units.enumerated() {
                var unitEnd = index
                for alternative in alternatives {
                    unitEnd = max(unitEnd, occurrence(alternative, at: index, count: count, own: own, joined: joined, mask: mask))
                }
                if unitEnd > index {
                    units[unit] += 1
                    end = max(end, unitEnd)
                }
            }
            for (pair, slot) in query.pairs.enumerated() {
                guard let slot else { continue }
                let pairEnd = occurrence([slot], at: index, count: count, own: own, joined: joined, mask: mask)
                if pairEnd > index {
                    pairs[pair] += 1
                    end = max(end, pairEnd)
                }
            }
            if end > index && index >= lastEnd {
                self.count += 1
                mark(index..<end)
                lastEnd = end
            }
        }
    }

    /// Where an occurrence of `slots` starting at word `index` ends, or `index` if there is none.
    private func occurrence(_ slots: [Int], at index: Int, count: Int, own: UInt64, joined: UInt64, mask: (Int) -> UInt64) -> Int {
        let first = UInt64(1) << UInt64(slots[0])
        if slots.count == 1 {
            if joined & first != 0 { return index + 2 }
            return own & first != 0 ? index + 1 : index
        }
        guard own & first != 0, index + slots.count <= count else { return index }
        for offset in 1..<slots.count where mask(index + offset) & (UInt64(1) << UInt64(slots[offset])) == 0 { return index }
        return index + slots.count
    }

    /// Whether every unit occurs, a pair written as one word standing for both its units.
    public var isComplete: Bool {
        if !pairs.contains(where: { $0 > 0 }) { return !units.contains(0) }
        return SearchTally.covers(units: units.map { $0 > 0 }, pairs: pairs.map { $0 > 0 })
    }

    /// How often each unit occurs, counting the joined pairs it is part of.
    public var frequencies: [Int] {
        units.indices.map { unit in
            units[unit] + (unit < pairs.count ? pairs[unit] : 0) + (unit > 0 ? pairs[unit - 1] : 0)
        }
    }

    /// Whether every unit is found on its own or within a found pair.
    static func covers(units: [Bool], pairs: [Bool]) -> Bool {
        var covered = [true]
        for unit in units.indices {
            let alone = covered[unit] && units[unit]
            let joined = unit > 0 && covered[unit - 1] && pairs[unit - 1]
            covered.append(alone || joined)
        }
        return covered[units.count]
    }
}

import Catalog

/// Where a search query occurs in a laid-out document: a line and a range of its characters.
public struct Match: Equatable, Sendable {
    /// The document line.
    public var row: Int
    /// Character offsets within the line's text.
    public var range: Range<Int>

    /// Creates a match.
    public init(row: Int, range: Range<Int>) {
        self.row = row
        self.range = range
    }
}

extension Document {
    /// Every occurrence of the query's words, in reading order.
    public func matches(of query: SearchQuery) -> [Match] {
        guard !query.isEmpty else { return [] }
        return lines.indices.flatMap { row in
            query.ranges(in: lines[row].text).map { Match(row: row, range: $0) }
        }
    }
}

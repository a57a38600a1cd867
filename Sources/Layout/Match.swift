import Catalog

/// Where a search query occurs in a laid-out document: a line and a range of its characters.
public struct Match: Equatable, Sendable {
    /// The document line.
    public var row: Int
    /// Character offsets within the line's text.
    public var range: Range<Int>
    /// The parts on the following lines, when the match wraps (a phrase, a hyphenated word).
    public var continued: [Match]

    /// Creates a match.
    public init(row: Int, range: Range<Int>, continued: [Match] = []) {
        self.row = row
        self.range = range
        self.continued = continued
    }

    /// The match's part on each line it is on.
    public var parts: [Match] { [Match(row: row, range: range)] + continued }
}

extension Document {
    /// Every match of the query in lines that came from blocks before `origin` (the title is
    /// -1), in reading order. Lines of one block with no blank line between them are read as one
    /// run of words, as the index reads the block, so a phrase or hyphenated word that wraps is
    /// still found; a match that wraps is one match in parts.
    public func matches(of query: SearchQuery, before origin: Int = .max) -> [Match] {
        guard !query.isEmpty else { return [] }
        var runs: [[(row: Int, token: SearchToken)]] = []
        var current: [(row: Int, token: SearchToken)] = []
        var previousOrigin: Int?
        for (row, line) in lines.enumerated() where line.origin < origin {
            let text = line.text
            let tokens = SearchToken.tokens(in: text)
            if tokens.isEmpty || line.origin != previousOrigin {
                if !current.isEmpty { runs.append(current) }
                current = []
            }
            previousOrigin = tokens.isEmpty && text.allSatisfy(\.isWhitespace) ? nil : line.origin
            current += tokens.map { (row, $0) }
        }
        if !current.isEmpty { runs.append(current) }
        let marks = query.marks(in: runs.map { $0.map(\.token) })
        return zip(runs, marks).flatMap { run, ranges in
            ranges.map { range -> Match in
                let words = run[range]
                let parts = Dictionary(grouping: words, by: \.row).sorted { $0.key < $1.key }.map { row, words in
                    Match(row: row, range: words.first!.token.start..<words.last!.token.end)
                }
                return Match(row: parts[0].row, range: parts[0].range, continued: Array(parts.dropFirst()))
            }
        }
    }
}

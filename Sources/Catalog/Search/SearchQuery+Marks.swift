extension SearchQuery {
    /// The matches to mark in runs of words (a paragraph's lines, a heading), as ranges of word
    /// indexes within each run, counted as the index counts them.
    public func marks(in runs: [[SearchToken]]) -> [[Range<Int>]] {
        guard !isEmpty else { return runs.map { _ in [] } }
        let stemmer = Stemmer()
        var known: [String: UInt64] = [:]
        func mask(_ surface: String) -> UInt64 {
            if let mask = known[surface] { return mask }
            let lower = surface.lowercased()
            let mask = self.mask(surface: surface, lower: lower, stem: stemmer.stem(lower))
            known[surface] = mask
            return mask
        }
        return runs.map { tokens in
            var tally = SearchTally(self)
            var ranges: [Range<Int>] = []
            tally.scan(count: tokens.count, mask: { mask(tokens[$0].surface) }, joinedMask: { index in
                tokens[index].joinsNext ? mask(tokens[index].surface + tokens[index + 1].surface) : 0
            }, mark: { ranges.append($0) })
            return ranges
        }
    }
}

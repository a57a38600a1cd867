/// How many single-character edits turn one word into another (Levenshtein), for suggesting the
/// option a mistyped one nearly names.
enum EditDistance {
    /// The number of insertions, deletions and substitutions between `a` and `b`.
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.utf8), b = Array(b.utf8)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// Numbers the targets of lines in reading order as the lines come, a part at a time or all at
/// once: the source key in each span's `target` (a link or item index) becomes the index of its
/// `Target`, and heading anchors are recorded by row.
struct TargetNumbering: Equatable, Sendable {
    /// The lines so far, renumbered.
    private(set) var lines: [Line] = []
    /// The targets so far, in reading order.
    private(set) var targets: [Target] = []
    /// The first row of each heading so far.
    private(set) var anchors: [String: Int] = [:]
    private var indexForKey: [Int: Int] = [:]

    /// Adds lines after those so far; `action` says what each new source key does.
    mutating func append(_ sourceLines: [Line], action: (Int) -> TargetAction) {
        let first = lines.count
        lines += sourceLines
        for row in first..<lines.count {
            if let anchor = lines[row].anchor, anchors[anchor] == nil { anchors[anchor] = row }
            // Columns are only needed to place targets; measuring every span of every line was
            // most of building a long page's document.
            guard lines[row].spans.contains(where: { $0.target != nil }) else { continue }
            var column = 0
            for spanIndex in lines[row].spans.indices {
                let span = lines[row].spans[spanIndex]
                defer { column += span.width }
                guard let key = span.target else { continue }
                if let index = indexForKey[key] {
                    targets[index].lastRow = row
                    lines[row].spans[spanIndex].target = index
                } else {
                    indexForKey[key] = targets.count
                    lines[row].spans[spanIndex].target = targets.count
                    targets.append(Target(firstRow: row, lastRow: row, column: column, action: action(key)))
                }
            }
        }
    }
}

import Catalog

/// How checklist items become targets. `BlockLayout` lays out one block at a time and cannot
/// count the items before it, so it keys an item's box `boxKey` and the rest of its first line of
/// text `textKey`; `number` then gives each item a key of its own, in reading order, which the
/// document turns into an `.answer` target. Link keys are never negative, so the two cannot meet.
enum ItemTargets {
    /// The key of an item's box, before numbering.
    static let boxKey = Int.min
    /// The key of an item's text, before numbering.
    static let textKey = Int.min + 1

    /// The key of the item at `position` among the page's items.
    static func key(forItem position: Int) -> Int { -(position + 1) }

    /// The item a numbered key stands for, if it stands for one.
    static func item(forKey key: Int) -> Int? { key < 0 && key > textKey ? -key - 1 : nil }

    /// Whether `block` holds a checklist item, so that its lines need numbering; most blocks
    /// are paragraphs and answer at once.
    static func holdsItem(_ block: Block) -> Bool {
        switch block {
        case .task: true
        case let .list(_, items): items.contains { $0.contains(where: holdsItem) }
        case let .quote(inner): inner.contains(where: holdsItem)
        case .heading, .paragraph, .code, .table, .rule: false
        }
    }

    /// Gives the items in `lines` their keys, counting on from `items`.
    static func number(_ lines: inout ArraySlice<Line>, from items: inout Int) {
        for row in lines.indices where lines[row].spans.contains(where: { $0.target.map { $0 <= textKey } ?? false }) {
            for index in lines[row].spans.indices {
                switch lines[row].spans[index].target {
                case boxKey?:
                    lines[row].spans[index].target = key(forItem: items)
                    items += 1
                case textKey?:
                    lines[row].spans[index].target = key(forItem: items - 1)
                default:
                    break
                }
            }
        }
    }
}

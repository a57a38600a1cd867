import Catalog

/// The `o` list of a page's headings: each with its level and the row it starts on, the one the
/// reader is in selected, scrolled so the selection shows.
public struct Outline: Hashable, Sendable {
    /// One heading of the page (or the page's title, as level 0).
    public struct Entry: Hashable, Sendable {
        /// 0 for the page's title, else the Markdown heading level.
        public var level: Int
        /// The heading's text.
        public var title: String
        /// The first document line of the heading.
        public var row: Int
    }

    /// The page's title, then its headings in reading order.
    public var entries: [Entry]
    /// The highlighted entry.
    public var selection: Int
    /// The first entry on screen.
    public var scroll: Int

    /// The heading whose section holds document row `row`: the last that starts at or above it.
    public static func entry(containing row: Int, in entries: [Entry]) -> Int {
        entries.lastIndex { $0.row <= row } ?? 0
    }
}

extension Block {
    /// Every heading in `blocks` by anchor, with its level and text (in lists and quotes too).
    static func headings(in blocks: [Block]) -> [String: (level: Int, title: String)] {
        var found: [String: (level: Int, title: String)] = [:]
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case let .heading(level, content, anchor):
                    found[anchor] = (level, content.map(\.text).joined().split(whereSeparator: \.isNewline).joined(separator: " "))
                case let .list(_, items): items.forEach(visit)
                case let .quote(inner): visit(inner)
                case .paragraph, .task, .code, .table, .rule: break
                }
            }
        }
        visit(blocks)
        return found
    }
}

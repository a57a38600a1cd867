/// One task-list item of a page (`- [ ] Do we …?` in its Markdown), named apart from how it is
/// drawn: what answering an item and keeping its answer need.
///
/// In the block model a task item is a list item whose first block is `.task(checked:content:)`;
/// `Page.taskItems` lists a page's items from its parsed body, without laying it out.
/// An item is found again after the content is edited by `page` and `key`: reordering items or
/// rewording other lines keeps its key, and changing its case, spacing or end punctuation does too.
public struct TaskItem: Hashable, Sendable {
    /// The page the item is on.
    public var page: PageID
    /// Its place among the page's task items in reading order, from 0 (nested lists and quotes
    /// included); the item numbered `position + 1` for readers.
    public var position: Int
    /// Its text as a reader sees it, without the box or inline markup, on one line.
    public var text: String
    /// `text` normalised (see `TaskItem.key(for:)`): what identifies the item on its page.
    public var key: String
    /// Whether its Markdown writes it checked (`- [x]`).
    public var checked: Bool
    /// The text of the nearest heading above it (on the checklist, the principle it belongs to),
    /// nil when none comes before it.
    public var heading: String?

    /// Creates an item; `key` is made from `text`.
    public init(page: PageID, position: Int, text: String, checked: Bool = false, heading: String? = nil) {
        self.page = page
        self.position = position
        self.text = text
        self.key = Self.key(for: text)
        self.checked = checked
        self.heading = heading
    }

    /// `text` case-folded, its curly quotes made straight, every run of white space one space,
    /// and punctuation and spaces trimmed from both ends: `"  Do we  SHARE risk?"` and
    /// `"Do we share risk"` have the same key.
    public static func key(for text: String) -> String {
        let folded = text.lowercased().map { character -> Character in
            switch character {
            case "\u{2018}", "\u{2019}": return "'"
            case "\u{201C}", "\u{201D}": return "\""
            default: return character
            }
        }
        let words = String(folded).split { $0.isWhitespace }.joined(separator: " ")
        let isEdge: (Character) -> Bool = { $0.isPunctuation || $0.isWhitespace }
        return String(words.drop(while: isEdge).reversed().drop(while: isEdge).reversed())
    }

    /// The task items in `blocks` (a page's body) of page `page`, in reading order.
    public static func items(in blocks: [Block], page: PageID) -> [TaskItem] {
        var items: [TaskItem] = []
        var heading: String?
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case let .heading(_, content, _): heading = plain(content)
                case let .task(checked, content):
                    items.append(TaskItem(page: page, position: items.count, text: plain(content), checked: checked, heading: heading))
                case let .list(_, listItems): listItems.forEach(visit)
                case let .quote(inner): visit(inner)
                case .paragraph, .code, .table, .rule: break
                }
            }
        }
        visit(blocks)
        return items
    }

    private static func plain(_ content: [Inline]) -> String {
        content.map { $0.text == "\n" ? " " : $0.text }.joined().split { $0 == " " }.joined(separator: " ")
    }
}

extension Page {
    /// The page's task-list items in reading order (its body only, never the generated footer).
    public var taskItems: [TaskItem] {
        TaskItem.items(in: Array(blocks[..<footerStart]), page: id)
    }
}

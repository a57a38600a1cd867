/// A workbook's answers laid over the toolkit's task items: every page with items, in menu order,
/// each item with its answer if it has one; and the answers whose item is no longer in the
/// toolkit (its page gone, or its text changed), kept with the text they were given for.
public struct FilledChecklist: Sendable {
    /// One item and its answer.
    public struct Entry: Sendable {
        /// The item as the content has it now.
        public var item: TaskItem
        /// Its answer and note, nil when it has neither.
        public var answer: ItemAnswer?
    }

    /// A page with task items.
    public struct PageEntries: Sendable {
        /// The page.
        public var page: PageID
        /// Its title.
        public var title: String
        /// Its menu number, such as `4.2`.
        public var number: String
        /// Its items in reading order.
        public var entries: [Entry]
    }

    /// Every page with items, in menu order.
    public var pages: [PageEntries]
    /// Answers whose item is no longer in the toolkit, by page then item text.
    public var gone: [ItemAnswer]
    /// What the room said to each question closed with this workbook, oldest first.
    public var room: [RoomResult] = []

    /// Matches `answers` to the items of every page of `catalog` by page and item key.
    public init(catalog: Catalog, answers: [ItemAnswer]) {
        var unmatched: [PageID: [String: ItemAnswer]] = [:]
        for answer in answers { unmatched[answer.pageID, default: [:]][answer.itemKey] = answer }
        pages = []
        for id in catalog.pagesInMenuOrder {
            let items = catalog[id].taskItems
            if items.isEmpty { continue }
            let entries = items.map { item in Entry(item: item, answer: unmatched[id]?.removeValue(forKey: item.key)) }
            pages.append(PageEntries(page: id, title: catalog[id].title, number: catalog.menuNumber(of: id), entries: entries))
        }
        gone = unmatched.values.flatMap(\.values).sorted { ($0.pageID, $0.itemText) < ($1.pageID, $1.itemText) }
    }

    /// How many items there are and how many have an answer (a note alone is not an answer).
    public var progress: (answered: Int, items: Int) {
        let entries = pages.flatMap(\.entries)
        return (entries.count(where: { $0.answer?.choice != nil }), entries.count)
    }

    /// The heading every output gives the answers whose item is gone.
    public static let goneHeading = "Answers to items no longer in the toolkit"
    /// The heading over what the room said.
    public static let roomHeading = "What the room said"
}

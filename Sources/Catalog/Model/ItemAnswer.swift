/// A reader's answer and note to one checklist item, as a value: the item is named by its page and
/// its normalised text, so reordering items or editing other lines keeps the answer.
public struct ItemAnswer: Equatable, Sendable {
    /// The page that holds the item.
    public var pageID: PageID
    /// The item's text normalised, which identifies it on its page.
    public var itemKey: String
    /// The item's text as it was written when last answered, shown if the item is gone.
    public var itemText: String
    /// The answer, nil when the item is unanswered (it may still hold a note).
    public var choice: AnswerChoice?
    /// The reader's one-line note, empty for none.
    public var note: String
    /// When the answer or note last changed, in seconds since 1970.
    public var changedAt: Int64

    /// Creates an answer.
    public init(pageID: PageID, itemKey: String, itemText: String, choice: AnswerChoice?, note: String = "", changedAt: Int64) {
        self.pageID = pageID
        self.itemKey = itemKey
        self.itemText = itemText
        self.choice = choice
        self.note = note
        self.changedAt = changedAt
    }

    /// Whether the answer says nothing: no choice and no note (the store then forgets the row).
    public var isEmpty: Bool { choice == nil && note.isEmpty }
}

import Catalog

/// What a page's checklist items show when they can be answered: each item's answer and note by
/// item key, and the items whose answer is shown but not kept. Given to the layout, it also makes
/// each item a target, so Tab selects it as it does a link.
public struct ItemMarks: Equatable, Sendable {
    /// The answers by item key (`TaskItem.key(for:)`).
    public var answers: [String: ItemAnswer]
    /// The keys of the items whose answer could not be kept.
    public var unsaved: Set<String>

    /// Marks for answers by item key, some of them perhaps not kept.
    public init(answers: [String: ItemAnswer] = [:], unsaved: Set<String> = []) {
        self.answers = answers
        self.unsaved = unsaved
    }
}

extension ItemMarks {
    /// The answer to the item whose text is `content`, if it has one or a note.
    func answer(to content: [Inline]) -> ItemAnswer? {
        answers.isEmpty ? nil : answers[TaskItem.key(for: content.map(\.text).joined())]
    }
}

import Catalog

/// A question put to the room: one of a page's "Questions for your team" or one of its checklist
/// items, named by page and place so that every follower looks its text up in its own toolkit.
/// `number` tells one asking from the next, so an answer to a closed question is never counted.
public struct RoomQuestion: Hashable, Sendable {
    /// What is asked: a discussion question or a checklist item.
    public enum Kind: String, Hashable, Sendable {
        /// One of the page's "Questions for your team".
        case question
        /// One of the page's task-list (checklist) items.
        case item
    }

    /// Which asking this is, from 1.
    public var number: Int
    /// A question or a checklist item.
    public var kind: Kind
    /// The page it is on.
    public var page: PageID
    /// Its place among the page's questions or its items, from 0.
    public var index: Int

    /// Creates a question.
    public init(number: Int, kind: Kind, page: PageID, index: Int) {
        self.number = number
        self.kind = kind
        self.page = page
        self.index = index
    }

    /// The answers it takes, in the order of their keys (1 first).
    public var choices: [String] {
        switch kind {
        case .item: return ["yes", "partly", "no", "not applicable"]
        case .question: return ["agree", "not sure", "disagree"]
        }
    }

    /// Its text in `catalog`, or nil when this toolkit does not have it.
    public func text(in catalog: Catalog) -> String? {
        guard let page = catalog.page(page) else { return nil }
        let texts = kind == .question ? page.teamQuestions : page.taskItems.map(\.text)
        return texts.indices.contains(index) ? VisibleText.make(texts[index]) : nil
    }

    /// What can be asked on `page`: its questions for the team first, then its checklist items,
    /// each numbered `number`.
    public static func candidates(on page: Page, number: Int) -> [RoomQuestion] {
        page.teamQuestions.indices.map { RoomQuestion(number: number, kind: .question, page: page.id, index: $0) }
            + page.taskItems.indices.map { RoomQuestion(number: number, kind: .item, page: page.id, index: $0) }
    }

    /// The text a follower shows for a question its toolkit does not have.
    public static let unknownText = "The presenter asked a question this toolkit does not have."
}

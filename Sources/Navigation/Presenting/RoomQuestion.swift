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
    /// The answers it takes, in the order of their keys (1 first).
    public var choices: [String]

    /// Creates a question taking `choices`, by default those of its kind.
    public init(number: Int, kind: Kind, page: PageID, index: Int, choices: [String]? = nil) {
        self.number = number
        self.kind = kind
        self.page = page
        self.index = index
        self.choices = choices ?? Self.choices(for: kind, written: nil)
    }

    /// The answers a question of `kind` written as `written` takes: a checklist item's four; a
    /// question's three, unless its text ends by giving its own two to four, as in `Who leads the
    /// design? (answers: the council / the provider / both together)`.
    public static func choices(for kind: Kind, written: String?) -> [String] {
        switch kind {
        case .item: return ["yes", "partly", "no", "not applicable"]
        case .question: return written.flatMap(givenChoices) ?? ["agree", "not sure", "disagree"]
        }
    }

    /// The choices a question's text gives in its closing `(answers: a / b / c)`, if it does.
    private static func givenChoices(_ written: String) -> [String]? {
        guard let start = optionsStart(in: written) else { return nil }
        let list = written[written.index(start, offsetBy: optionsOpening.count)..<written.index(before: written.endIndex)]
        let choices = list.split(separator: "/").map(trimmed).filter { !$0.isEmpty }
        return (2...4).contains(choices.count) ? choices.map(VisibleText.make) : nil
    }

    /// Where the closing `(answers: …)` of `written` starts, if it ends with one.
    private static func optionsStart(in written: String) -> String.Index? {
        guard written.hasSuffix(")") else { return nil }
        var index = written.endIndex
        while index > written.startIndex {
            index = written.index(before: index)
            if written[index...].hasPrefix(optionsOpening) { return index }
        }
        return nil
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    private static let optionsOpening = "(answers:"

    /// Its text in `catalog` (without the answers it gives, which the keys show), or nil when this
    /// toolkit does not have it.
    public func text(in catalog: Catalog) -> String? {
        guard let written = written(in: catalog) else { return nil }
        guard Self.givenChoices(written) != nil, let start = Self.optionsStart(in: written) else { return VisibleText.make(written) }
        return VisibleText.make(Self.trimmed(written[..<start]))
    }

    /// This question as `catalog` writes it, taking the answers its text there gives.
    public func asWritten(in catalog: Catalog) -> RoomQuestion {
        var question = self
        question.choices = Self.choices(for: kind, written: written(in: catalog))
        return question
    }

    private func written(in catalog: Catalog) -> String? {
        guard let page = catalog.page(page) else { return nil }
        let texts = kind == .question ? page.teamQuestions : page.taskItems.map(\.text)
        return texts.indices.contains(index) ? texts[index] : nil
    }

    /// What can be asked on `page`: its questions for the team first, then its checklist items,
    /// each numbered `number`.
    public static func candidates(on page: Page, number: Int) -> [RoomQuestion] {
        page.teamQuestions.enumerated().map { index, written in
            RoomQuestion(number: number, kind: .question, page: page.id, index: index, choices: choices(for: .question, written: written))
        } + page.taskItems.indices.map { RoomQuestion(number: number, kind: .item, page: page.id, index: $0) }
    }

    /// The text a follower shows for a question its toolkit does not have.
    public static let unknownText = "The presenter asked a question this toolkit does not have."
}

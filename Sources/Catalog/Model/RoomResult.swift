/// What the room said to one question once it closed: the question's text and page, its choices
/// with how many chose each, how many attendees were following, and when it closed. Counts
/// only: who said what is never known.
public struct RoomResult: Equatable, Sendable {
    /// The page the question is on.
    public var pageID: PageID
    /// The question's or checklist item's text, as it was asked.
    public var text: String
    /// The answers it took, in the order of their keys.
    public var choices: [String]
    /// How many chose each answer, in the order of `choices`.
    public var counts: [Int]
    /// How many attendees were following when it closed.
    public var headCount: Int
    /// When it closed, in seconds since 1970 (stamped by the loop, as the state machine has no clock).
    public var closedAt: Int64

    /// Creates a result.
    public init(pageID: PageID, text: String, choices: [String], counts: [Int], headCount: Int, closedAt: Int64) {
        self.pageID = pageID
        self.text = text
        self.choices = choices
        self.counts = counts
        self.headCount = headCount
        self.closedAt = closedAt
    }

    /// How many answered.
    public var answered: Int { counts.reduce(0, +) }

    /// Each choice with its count and its share of those who answered, in whole percent, as
    /// one line of plain text ("agree 7 (35%), not sure 7 (35%), disagree 6 (30%)").
    public var tallyText: String {
        zip(choices, counts).map { choice, count in
            let percent = answered == 0 ? 0 : (count * 100 + answered / 2) / answered
            return "\(choice) \(count) (\(percent)%)"
        }.joined(separator: ", ")
    }
}

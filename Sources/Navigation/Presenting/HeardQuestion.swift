/// The question open to the room as a follower has it: what was asked, its text in this
/// follower's toolkit, the follower's own answer and, once the presenter shows it, the tally.
public struct HeardQuestion: Equatable, Sendable {
    /// What was asked.
    public let question: RoomQuestion
    /// Its text here, or `RoomQuestion.unknownText` when this toolkit does not have it.
    public let text: String
    /// The follower's answer (1-based), until it is changed or the question closes.
    public internal(set) var answer: Int?
    /// The tally the presenter showed everyone, first choice first.
    public internal(set) var tally: [Int]?

    /// A question just heard, not yet answered.
    init(_ question: RoomQuestion, text: String?) {
        self.question = question
        self.text = text ?? RoomQuestion.unknownText
        answer = nil
        tally = nil
    }
}

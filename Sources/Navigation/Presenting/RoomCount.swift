/// What the room has said, as counts only: how many chose each answer to the open question (in
/// the order of its choices) and how many hands are up. Never who.
public struct RoomCount: Equatable, Sendable {
    /// How many chose each answer, the first answer first; empty when no question is open.
    public var answers: [Int]
    /// How many hands are raised.
    public var hands: Int

    /// Creates a count; negative counts count as zero.
    public init(answers: [Int], hands: Int) {
        self.answers = answers.map { max(0, $0) }
        self.hands = max(0, hands)
    }

    /// How many answered in all.
    public var answered: Int { answers.reduce(0, +) }
}

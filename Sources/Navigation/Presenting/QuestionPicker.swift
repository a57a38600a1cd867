/// The small list the presenter chooses a question from after `a`: the page's questions for the
/// team and its checklist items, one selected.
public struct QuestionPicker: Equatable, Sendable {
    /// What can be asked, in the page's order (never empty).
    public let candidates: [RoomQuestion]
    /// The selected candidate's place in `candidates`.
    public internal(set) var selected: Int

    /// A picker over `candidates` with the first selected; nil when there is nothing to ask.
    init?(_ candidates: [RoomQuestion]) {
        guard !candidates.isEmpty else { return nil }
        self.candidates = candidates
        selected = 0
    }

    /// Moves the selection by `step`, staying within the list.
    mutating func move(by step: Int) {
        selected = min(candidates.count - 1, max(0, selected + step))
    }
}

import Catalog

/// A line of the follow protocol about the question put to the room (see `ShareMessage`):
///
///     ask <number> question|item <page-id> <index>   index is 1-based among the page's
///                                                    questions for the team or its items
///     tally <number> <count> <count> …              one count per choice, first choice first
///     closed <number>
///     hands down                                     the presenter lowered every hand
///
/// Followers look the question's text up in their own toolkit, so no text crosses the socket.
public enum RoomMessage: Equatable, Sendable {
    /// A question is put to the room.
    case ask(RoomQuestion)
    /// The tally of question `number`, shown to everyone.
    case tally(number: Int, counts: [Int])
    /// Question `number` takes no more answers.
    case closed(number: Int)
    /// The presenter lowered every hand.
    case handsDown

    /// Tallies with more counts than this are not from a presenter.
    static let maximumChoices = 9

    /// The line for this message, without its line break.
    public var line: String {
        switch self {
        case let .ask(question):
            return "ask \(question.number) \(question.kind.rawValue) \(ShareMessage.field(question.page)) \(question.index + 1)"
        case let .tally(number, counts):
            return (["tally", String(number)] + counts.map(String.init)).joined(separator: " ")
        case let .closed(number):
            return "closed \(number)"
        case .handsDown:
            return "hands down"
        }
    }

    /// The message `line` holds, or nil when it is not about the room (it may be a position).
    public static func parse(_ line: String) -> RoomMessage? {
        if line == "hands down" { return .handsDown }
        let fields = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard let first = fields.first, fields.count >= 2, let number = count(fields[1]), number >= 1 else { return nil }
        switch first {
        case "ask" where fields.count == 5:
            guard let kind = RoomQuestion.Kind(rawValue: fields[2]), let index = count(fields[4]), index >= 1 else { return nil }
            return .ask(RoomQuestion(number: number, kind: kind, page: ShareMessage.id(fields[3]), index: index - 1))
        case "tally" where (3...maximumChoices + 2).contains(fields.count):
            let counts = fields.dropFirst(2).compactMap(count)
            return counts.count == fields.count - 2 ? .tally(number: number, counts: counts) : nil
        case "closed" where fields.count == 2:
            return .closed(number: number)
        default:
            return nil
        }
    }

    /// A decimal count of at most six digits, no sign.
    private static func count(_ field: String) -> Int? {
        guard (1...6).contains(field.count), field.allSatisfy(\.isASCII), field.allSatisfy(\.isNumber) else { return nil }
        return Int(field)
    }
}

/// The only things a follower may say to the presenter. Anything else a follower sends is dropped
/// before it becomes an event, so the presenter's screen can never show a follower's text.
public enum AttendeeMessage: Equatable, Sendable {
    /// This connection is the presenter's own notes window, not an attendee (`notes`).
    case notes
    /// An answer to the open question: its number, and the choice, from 1 (`answer 3 2`).
    case answer(question: Int, choice: Int)
    /// A hand raised or lowered (`hand up`, `hand down`).
    case hand(raised: Bool)

    /// The message `line` holds, or nil for anything that is not exactly one of them.
    public static func parse(_ line: [UInt8]) -> AttendeeMessage? {
        let fields = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        switch fields.count {
        case 1 where fields[0].elementsEqual("notes".utf8):
            return .notes
        case 2 where fields[0].elementsEqual("hand".utf8):
            if fields[1].elementsEqual("up".utf8) { return .hand(raised: true) }
            if fields[1].elementsEqual("down".utf8) { return .hand(raised: false) }
            return nil
        case 3 where fields[0].elementsEqual("answer".utf8):
            guard let question = number(fields[1]), let choice = number(fields[2]), choice >= 1 else { return nil }
            return .answer(question: question, choice: choice)
        default:
            return nil
        }
    }

    /// The line for this message, without its line break.
    public var line: String {
        switch self {
        case .notes: return "notes"
        case let .answer(question, choice): return "answer \(question) \(choice)"
        case let .hand(raised): return raised ? "hand up" : "hand down"
        }
    }

    /// A small decimal number with no sign, no leading zero and at most four digits.
    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard (1...4).contains(digits.count), digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              digits.count == 1 || digits.first != UInt8(ascii: "0") else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}

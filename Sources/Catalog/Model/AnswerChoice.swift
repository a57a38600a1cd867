/// A reader's answer to a checklist item; an item not answered has no choice (`nil`).
public enum AnswerChoice: String, CaseIterable, Sendable {
    /// The partnership does what the item asks.
    case yes
    /// It does so in part.
    case partly
    /// It does not yet.
    case no
    /// The item does not apply to this partnership.
    case notApplicable = "na"

    /// The choice after `choice` in the cycle `x` steps through:
    /// unanswered → yes → partly → no → not applicable → unanswered.
    public static func next(after choice: AnswerChoice?) -> AnswerChoice? {
        switch choice {
        case nil: .yes
        case .yes: .partly
        case .partly: .no
        case .no: .notApplicable
        case .notApplicable: nil
        }
    }

    /// The mark drawn for a choice, told apart without colour: `[ ]` `[✓]` `[~]` `[✗]` `[–]`.
    public static func mark(for choice: AnswerChoice?) -> String {
        switch choice {
        case nil: "[ ]"
        case .yes: "[✓]"
        case .partly: "[~]"
        case .no: "[✗]"
        case .notApplicable: "[–]"
        }
    }

    /// The mark in ASCII, for terminals and files without those characters: `[ ]` `[y]` `[~]` `[n]` `[-]`.
    public static func asciiMark(for choice: AnswerChoice?) -> String {
        switch choice {
        case nil: "[ ]"
        case .yes: "[y]"
        case .partly: "[~]"
        case .no: "[n]"
        case .notApplicable: "[-]"
        }
    }

    /// The choice in words, as outputs spell it out: "yes", "partly", "no", "not applicable".
    public var words: String {
        switch self {
        case .yes: "yes"
        case .partly: "partly"
        case .no: "no"
        case .notApplicable: "not applicable"
        }
    }
}

/// One entry of the option table: how it is written, what value it takes, which commands it
/// means something to, and its help. `--help`, the man page and the completions are all made
/// from these entries, and the parser reads argv with nothing else.
struct Option: Sendable {
    /// The long name without its dashes: `content` for `--content`.
    let name: String
    /// What follows it, if anything.
    let value: OptionValue
    /// The commands it applies to.
    let scope: Scope
    /// One or two sentences for `--help` and the man page.
    let help: String

    /// The commands an option applies to.
    enum Scope: Sendable {
        /// Every command in the table, including ones added later.
        case everyCommand
        /// Only these commands, by name.
        case commands([String])
    }

    /// `--name`, as typed.
    var spelling: String { "--" + name }

    /// Whether `command` takes this option.
    func applies(to command: String) -> Bool {
        switch scope {
        case .everyCommand: return true
        case let .commands(names): return names.contains(command)
        }
    }

    /// `--name` followed by its placeholder, as usage lines and help write it.
    var synopsis: String {
        value.placeholder.map { spelling + " " + $0 } ?? spelling
    }
}

/// What an option takes after its name.
enum OptionValue: Sendable {
    /// Nothing: the option is a switch.
    case flag
    /// Any text, named by `placeholder` (`DIR`); `completion` says what a shell should offer.
    case text(placeholder: String, completion: Completion)
    /// A whole number in `range`.
    case integer(placeholder: String, range: ClosedRange<Int>)
    /// One of these words.
    case choice([String])

    /// What a shell offers for a value.
    enum Completion: Sendable {
        case nothing, directory, file
    }

    /// How help writes the value (`DIR`, `N`, `dark|light|high-contrast`); nil for a flag.
    var placeholder: String? {
        switch self {
        case .flag: return nil
        case let .text(placeholder, _), let .integer(placeholder, _): return placeholder
        case let .choice(words): return words.joined(separator: "|")
        }
    }

    /// Why `written` is not a value of this kind for `option`, or nil when it is.
    func problem(with written: String, for option: String) -> String? {
        switch self {
        case .flag, .text:
            return nil
        case let .integer(_, range):
            guard let number = Int(written), range.contains(number) else {
                return "\(option) must be between \(range.lowerBound) and \(range.upperBound), not \(written)"
            }
            return nil
        case let .choice(words):
            guard words.contains(written) else {
                return "\(option) must be " + Wording.alternatives(words) + ", not \(written)"
            }
            return nil
        }
    }
}

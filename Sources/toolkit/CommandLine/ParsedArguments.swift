/// What the parser read from a command line for one command: the options given, by name, and
/// the other words in order.
struct ParsedArguments: Equatable, Sendable {
    /// The command's name.
    var command: String
    /// Each option given with a value, by long name; the last one written wins.
    var values: [String: String] = [:]
    /// The switches given, by long name.
    var flags: Set<String> = []
    /// The words that are not options, in order.
    var operands: [String] = []

    /// Whether the switch `option` was given.
    func isSet(_ option: Option) -> Bool {
        flags.contains(option.name)
    }

    /// The value given for `option`, if it was.
    func value(_ option: Option) -> String? {
        values[option.name]
    }

    /// The value given for an integer `option`, already checked by the parser.
    func integer(_ option: Option) -> Int? {
        value(option).flatMap(Int.init)
    }

    /// The first operand, for commands that take at most one.
    var operand: String? { operands.first }
}

import Catalog

/// Reads a command line with the command and option tables and nothing else: one pass over the
/// words, no reflection, so every way of starting costs what `toolkit` alone costs (BENCHMARKS.md,
/// "One parser"). Options may come before or after the command's name (`toolkit --content DIR
/// show` and `toolkit show --content DIR` are the same); an option is checked against the command
/// once the command is known, so a misplaced one is an error saying where it applies.
struct CommandLineParser: Sendable {
    /// Every command, in the order help lists them.
    let commands: [Command]
    /// Every option, in the order help lists them.
    let options: [Option]
    /// The command run when the first word names none (`toolkit`, `toolkit PAGE-ID`).
    let defaultCommand: String

    /// What a command line asks for.
    enum Invocation: Equatable {
        /// Run a command with what was read.
        case run(ParsedArguments)
        /// Print the help of a command, or the overall help when nil.
        case help(command: String?)
    }

    /// The command named `name`, if there is one.
    func command(named name: String) -> Command? {
        commands.first { $0.name == name }
    }

    /// What `arguments` (without the program's name) ask for, or why they cannot be run.
    func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        var named: String?
        var given: [(option: Option, value: String?)] = []
        var operands: [String] = []
        var asksHelp = false
        var optionsEnded = false
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if !optionsEnded, word == "--" {
                optionsEnded = true
            } else if !optionsEnded, word == "-h" || word == "--help" {
                asksHelp = true
            } else if !optionsEnded, word.hasPrefix("-"), word != "-" {
                let (option, inline) = try lookUp(word, command: named)
                guard let placeholder = option.value.placeholder else {
                    if inline != nil { throw UsageError(message: "\(option.spelling) takes no value", command: named) }
                    given.append((option, nil))
                    continue
                }
                guard let value = inline ?? (index < arguments.count ? arguments[index] : nil) else {
                    throw UsageError(message: "\(option.spelling) needs a value (\(placeholder))", command: named)
                }
                if inline == nil { index += 1 }
                if let problem = option.value.problem(with: value, for: option.spelling) {
                    throw UsageError(message: problem, command: named)
                }
                given.append((option, value))
            } else if named == nil, operands.isEmpty, !optionsEnded, word == "help" {
                return .help(command: try helpTopic(Array(arguments[index...])))
            } else if named == nil, operands.isEmpty, !optionsEnded, command(named: word) != nil {
                named = word
            } else {
                operands.append(word)
            }
        }
        if asksHelp { return .help(command: named) }
        let name = named ?? defaultCommand
        var parsed = ParsedArguments(command: name)
        for (option, value) in given {
            guard option.applies(to: name) else {
                throw UsageError(message: "\(option.spelling) does not apply to \(name) (\(whereApplies(option)))", command: name)
            }
            if let value { parsed.values[option.name] = value } else { parsed.flags.insert(option.name) }
        }
        parsed.operands = try checked(operands, for: name)
        return .run(parsed)
    }

    /// The option `word` names (`--theme` or `--theme=light`) and the value written after its
    /// `=`, or an error that suggests the nearest option.
    private func lookUp(_ word: String, command: String?) throws(UsageError) -> (Option, String?) {
        let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let name = parts[0]
        if name.hasPrefix("--"), let option = options.first(where: { $0.name == name.dropFirst(2) }) {
            return (option, parts.count > 1 ? String(parts[1]) : nil)
        }
        let shown = VisibleText.make(String(name))
        let near = options.map(\.spelling).filter { EditDistance.between($0, String(name)) <= 2 }
        let suggestion = near.isEmpty ? "" : " (did you mean \(Wording.alternatives(near))?)"
        throw UsageError(message: "unknown option '\(shown)'\(suggestion)", command: command)
    }

    /// The command `toolkit help WORDS` asks about: nil for the overall help.
    private func helpTopic(_ words: [String]) throws(UsageError) -> String? {
        guard let word = words.first else { return nil }
        guard command(named: word) != nil else {
            throw UsageError(message: "no command '\(VisibleText.make(word))'; the commands are "
                             + Wording.alternatives(commands.map(\.name)), command: nil)
        }
        return word
    }

    /// "it is for browse and show": the commands `option` applies to.
    private func whereApplies(_ option: Option) -> String {
        "it is for " + Wording.all(commands.map(\.name).filter { option.applies(to: $0) })
    }

    /// `operands` if `command` takes that many.
    private func checked(_ operands: [String], for name: String) throws(UsageError) -> [String] {
        let operand = command(named: name)?.operand
        guard let operand else {
            if let first = operands.first {
                throw UsageError(message: "\(name) takes no words, but was given '\(VisibleText.make(first))'", command: name)
            }
            return operands
        }
        if operand.required, operands.isEmpty {
            throw UsageError(message: "\(name) needs \(operand.placeholder)", command: name)
        }
        if let first = operands.first, !operand.actions.isEmpty, !operand.actions.contains(first) {
            throw UsageError(message: "\(name) has no action '\(VisibleText.make(first))'; its actions are " + Wording.alternatives(operand.actions), command: name)
        }
        if !operand.repeats, operands.count > 1 {
            let extra = operands.dropFirst().map { "'\(VisibleText.make($0))'" }.joined(separator: " ")
            throw UsageError(message: "\(name) takes one \(operand.placeholder), so \(extra) is one too many", command: name)
        }
        return operands
    }
}

/// `--help`, written from the command and option tables: the overall help lists the commands
/// and browsing's options, a command's help its words and every option it takes.
enum HelpText {
    /// The width help is wrapped to.
    static let width = 80
    /// Where an entry's description starts.
    private static let column = 26

    /// `toolkit --help`.
    static func overall(_ parser: CommandLineParser) -> String {
        let browse = parser.command(named: parser.defaultCommand)
        var lines = Wording.wrap("toolkit: " + Toolkit.abstract, width: width) + [""]
        if let browse { lines += Wording.wrap(browse.discussion, width: width) + [""] }
        if let browse { lines += usageLines(of: browse, in: parser) }
        lines.append("       toolkit COMMAND [OPTIONS]")
        lines += ["", "Commands:"]
        for command in parser.commands {
            let name = command.name + (command.name == parser.defaultCommand ? " (default)" : "")
            lines += entry(name, command.abstract)
        }
        if let browse {
            lines += ["", "Options for browsing:"] + optionLines(for: browse, in: parser)
        }
        lines += ["", "See toolkit COMMAND --help (or toolkit help COMMAND) for a command's options."]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `toolkit COMMAND --help`.
    static func of(_ command: Command, in parser: CommandLineParser) -> String {
        var lines = Wording.wrap("toolkit \(command.name): " + command.abstract, width: width) + [""]
        if !command.discussion.isEmpty { lines += Wording.wrap(command.discussion, width: width) + [""] }
        lines += usageLines(of: command, in: parser)
        if let operand = command.operand {
            let actions = operand.actions.isEmpty ? "" : " One of: " + operand.actions.joined(separator: ", ") + "."
            lines += ["", "Arguments:"] + entry(operand.placeholder, operand.help + actions)
        }
        lines += ["", "Options:"] + optionLines(for: command, in: parser)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The words of a usage line after the program's name: `show`, `[PAGE-ID]`, `[--all]`,
    /// `[--width N]`...
    static func usage(of command: Command, in parser: CommandLineParser) -> [String] {
        (command.name == parser.defaultCommand ? [] : [command.name]) + (command.operand.map { [$0.synopsis] } ?? [])
            + options(of: command, in: parser).map { "[" + $0.synopsis + "]" }
    }

    /// `Usage: toolkit show [PAGE-ID] ...`, wrapped under the command's name.
    private static func usageLines(of command: Command, in parser: CommandLineParser) -> [String] {
        let words = usage(of: command, in: parser)
        let head = "Usage: toolkit " + (command.name == parser.defaultCommand ? "" : command.name + " ")
        let body = Wording.wrap(words: Array(words.dropFirst(command.name == parser.defaultCommand ? 0 : 1)), width: width, indent: head.count)
        return [head + (body.first?.dropFirst(head.count) ?? "")] + body.dropFirst()
    }

    /// The options `command` takes, in table order.
    static func options(of command: Command, in parser: CommandLineParser) -> [Option] {
        parser.options.filter { $0.applies(to: command.name) }
    }

    private static func optionLines(for command: Command, in parser: CommandLineParser) -> [String] {
        options(of: command, in: parser).flatMap { entry($0.synopsis, $0.help) } + entry("-h, --help", "Show this help.")
    }

    /// `  name    help`, the help wrapped in its column and on the next line when the name is long.
    private static func entry(_ name: String, _ help: String) -> [String] {
        let wrapped = Wording.wrap(help, width: width, indent: column)
        let head = "  " + name
        guard head.count < column - 1, let first = wrapped.first else { return [head] + wrapped }
        return [head + String(repeating: " ", count: column - head.count) + first.dropFirst(column)] + wrapped.dropFirst()
    }
}

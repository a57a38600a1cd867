/// `toolkit.1`, the man page, written from the command and option tables (`toolkit --generate
/// man`).
enum ManPage {
    /// The page in roff (man macros).
    static func text(_ parser: CommandLineParser) -> String {
        var lines = [
            ".TH TOOLKIT 1 \"\" \"toolkit \(Toolkit.version)\" \"User Commands\"",
            ".SH NAME",
            "toolkit \\- " + roff(Toolkit.abstract),
            ".SH SYNOPSIS",
        ]
        for command in parser.commands {
            lines += [".B " + (command.name == parser.defaultCommand ? "toolkit" : "toolkit " + command.name),
                      roff(HelpText.usage(of: command, in: parser).dropFirst(command.name == parser.defaultCommand ? 0 : 1).joined(separator: " ")),
                      ".br"]
        }
        lines.removeLast()
        if let browse = parser.command(named: parser.defaultCommand) {
            lines += [".SH DESCRIPTION", roff(browse.discussion)]
        }
        lines.append(".SH COMMANDS")
        for command in parser.commands {
            let operand = command.operand.map { " \\fI" + roff($0.synopsis) + "\\fR" } ?? ""
            lines += [".TP", "\\fB" + command.name + "\\fR" + operand, roff(command.abstract)]
            if !command.discussion.isEmpty, command.name != parser.defaultCommand { lines += [".IP", roff(command.discussion)] }
            if let operand = command.operand {
                let actions = operand.actions.isEmpty ? "" : " One of: " + operand.actions.joined(separator: ", ") + "."
                lines += [".IP", "\\fI" + roff(operand.placeholder) + "\\fR: " + roff(operand.help + actions)]
            }
        }
        lines.append(".SH OPTIONS")
        for option in parser.options {
            let value = option.value.placeholder.map { " \\fI" + roff($0) + "\\fR" } ?? ""
            let commands = parser.commands.map(\.name).filter { option.applies(to: $0) }
            let scope: String
            switch option.scope {
            case .everyCommand: scope = "every command"
            case .commands: scope = Wording.all(commands)
            }
            lines += [".TP", "\\fB" + roff(option.spelling) + "\\fR" + value, roff(option.help) + " (For " + roff(scope) + ".)"]
        }
        lines += [".TP", "\\fB\\-h\\fR, \\fB\\-\\-help\\fR", "Print the help of toolkit or of a command, then exit."]
        lines += [
            ".SH EXIT STATUS",
            "0 success; 1 toolkit search found nothing; 64 usage error (such as an unknown page id or option);",
            "65 bad content; 66 content folder not found; 69 unavailable (present or follow without a usable terminal,",
            "or a socket that cannot be shared or followed); 129, 130, 143 ended by SIGHUP, SIGINT or SIGTERM.",
            ".SH ENVIRONMENT",
            "\\fBNO_COLOR\\fR turns colour off; \\fBTERM\\fR chooses the terminal description; \\fBCOLUMNS\\fR is the width",
            "of plain text when standard output is not a terminal; \\fBXDG_STATE_HOME\\fR holds the place the last run left.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` safe in roff: backslashes and dashes escaped, a leading dot or quote neutralised.
    static func roff(_ text: String) -> String {
        var escaped = text.replacingAll("\\", with: "\\e").replacingAll("-", with: "\\-")
        if escaped.hasPrefix(".") || escaped.hasPrefix("'") { escaped = "\\&" + escaped }
        return escaped
    }
}

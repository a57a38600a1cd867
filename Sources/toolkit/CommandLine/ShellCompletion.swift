/// Shell completions for bash, zsh and fish, written from the command and option tables
/// (`toolkit --generate complete-bash` and so on): the commands, each command's options, and the
/// values of options that take a choice or a folder.
enum ShellCompletion {
    /// A bash function and its `complete -F` line.
    static func bash(_ parser: CommandLineParser) -> String {
        let names = parser.commands.map(\.name).joined(separator: "|")
        var lines = [
            "# bash completion for toolkit, from toolkit --generate complete-bash",
            "_toolkit() {",
            "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command=\(parser.defaultCommand) i",
            "    for ((i = 1; i < COMP_CWORD; i++)); do",
            "        case ${COMP_WORDS[i]} in \(names)) command=${COMP_WORDS[i]}; break ;; esac",
            "    done",
            "    case $prev in",
        ]
        for option in parser.options {
            switch option.value {
            case .flag: continue
            case let .choice(words): lines.append("        \(option.spelling)) COMPREPLY=($(compgen -W \"\(words.joined(separator: " "))\" -- \"$cur\")); return ;;")
            case .text(_, .directory): lines.append("        \(option.spelling)) COMPREPLY=($(compgen -d -- \"$cur\")); return ;;")
            case .text(_, .file): lines.append("        \(option.spelling)) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;")
            case .text, .integer: lines.append("        \(option.spelling)) return ;;")
            }
        }
        lines += ["    esac", "    local options", "    case $command in"]
        for command in parser.commands {
            let spellings = HelpText.options(of: command, in: parser).map(\.spelling) + ["--help"]
            lines.append("        \(command.name)) options=\"\(spellings.joined(separator: " "))\" ;;")
        }
        lines += [
            "    esac",
            "    if [[ $cur == -* ]]; then",
            "        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))",
            "    elif [[ $command == \(parser.defaultCommand) ]]; then",
            "        COMPREPLY=($(compgen -W \"\(parser.commands.map(\.name).joined(separator: " ")) help\" -- \"$cur\"))",
            "    elif [[ $prev == $command ]]; then",
            "        case $command in",
        ] + parser.commands.compactMap { command in
            command.operand.flatMap { $0.actions.isEmpty ? nil : "            \(command.name)) COMPREPLY=($(compgen -W \"\($0.actions.joined(separator: " "))\" -- \"$cur\")) ;;" }
        } + [
            "        esac",
            "    fi",
            "}",
            "complete -F _toolkit toolkit",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A zsh completion function (`#compdef toolkit`).
    static func zsh(_ parser: CommandLineParser) -> String {
        var lines = [
            "#compdef toolkit",
            "# zsh completion for toolkit, from toolkit --generate complete-zsh",
            "_toolkit() {",
            "    local -a commands",
            "    commands=(",
        ]
        lines += parser.commands.map { "        '\($0.name):\(zshQuoted(firstSentence($0.abstract)))'" }
        lines += [
            "    )",
            "    local command=\(parser.defaultCommand) word",
            "    for word in ${words[2,CURRENT-1]}; do",
            "        case $word in (\(parser.commands.map(\.name).joined(separator: "|"))) command=$word; break ;; esac",
            "    done",
            "    case $command in",
        ]
        for command in parser.commands {
            var specs = HelpText.options(of: command, in: parser).map { option -> String in
                let help = "[" + zshQuoted(firstSentence(option.help)) + "]"
                switch option.value {
                case .flag: return "'\(option.spelling)\(help)'"
                case let .choice(words): return "'\(option.spelling)=\(help):\(option.name):(\(words.joined(separator: " ")))'"
                case .text(let placeholder, .directory): return "'\(option.spelling)=\(help):\(placeholder):_files -/'"
                case .text(let placeholder, .file): return "'\(option.spelling)=\(help):\(placeholder):_files'"
                case let .text(placeholder, _), let .integer(placeholder, _): return "'\(option.spelling)=\(help):\(placeholder): '"
                }
            }
            specs.append("'(-h --help)'{-h,--help}'[Show this help]'")
            if command.name == parser.defaultCommand {
                specs.append("'1: :->first'")
            } else if let operand = command.operand, !operand.actions.isEmpty {
                specs.append("'1:action:(\(operand.actions.joined(separator: " ")))'")
                specs.append("'*:: :'")
            } else if let operand = command.operand {
                specs.append("'\(operand.repeats ? "*" : "1"):\(operand.placeholder): '")
            }
            lines.append("        (\(command.name))")
            lines.append("            _arguments -s \\")
            lines += specs.map { "                \($0) \\" }
            lines.append("                && return 0")
            lines.append("            ;;")
        }
        lines += [
            "    esac",
            "    [[ $state == first ]] && _describe command commands",
            "}",
            "_toolkit \"$@\"",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `complete` lines for fish.
    static func fish(_ parser: CommandLineParser) -> String {
        let names = parser.commands.map(\.name).joined(separator: " ")
        var lines = ["# fish completion for toolkit, from toolkit --generate complete-fish", "complete -c toolkit -f"]
        for command in parser.commands {
            lines.append("complete -c toolkit -n '__fish_use_subcommand' -a \(command.name) -d '\(fishQuoted(firstSentence(command.abstract)))'")
        }
        for command in parser.commands {
            guard let actions = command.operand?.actions, !actions.isEmpty else { continue }
            lines.append("complete -c toolkit -n '__fish_seen_subcommand_from \(command.name)' -a '\(actions.joined(separator: " "))'")
        }
        for option in parser.options {
            for command in parser.commands where option.applies(to: command.name) {
                let condition = command.name == parser.defaultCommand
                    ? "not __fish_seen_subcommand_from \(names.split(separator: " ").filter { $0 != command.name }.joined(separator: " "))"
                    : "__fish_seen_subcommand_from \(command.name)"
                var line = "complete -c toolkit -n '\(condition)' -l \(option.name)"
                switch option.value {
                case .flag: break
                case let .choice(words): line += " -x -a '\(words.joined(separator: " "))'"
                case .text(_, .directory): line += " -x -a '(__fish_complete_directories)'"
                case .text(_, .file): line += " -r -F"
                case .text, .integer: line += " -x"
                }
                lines.append(line + " -d '\(fishQuoted(firstSentence(option.help)))'")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The text up to its first full stop, or all of it.
    private static func firstSentence(_ text: String) -> String {
        guard let end = text.firstRange(of: ". ") else { return text.hasSuffix(".") ? String(text.dropLast()) : text }
        return String(text[..<end.lowerBound])
    }

    private static func zshQuoted(_ text: String) -> String {
        text.replacingAll("'", with: "'\\''").replacingAll("[", with: "\\[").replacingAll("]", with: "\\]")
    }

    private static func fishQuoted(_ text: String) -> String {
        text.replacingAll("\\", with: "\\\\").replacingAll("'", with: "\\'")
    }
}

/// What `toolkit --generate KIND` prints: the man page or a shell's completions, each written
/// from the command and option tables.
enum Generated {
    /// The kinds `--generate` takes.
    static let kinds = ["man", "complete-bash", "complete-zsh", "complete-fish"]

    /// The text for `kind`, one of `kinds`.
    static func text(_ kind: String, parser: CommandLineParser = CommandTable.parser) -> String {
        switch kind {
        case "man": return ManPage.text(parser)
        case "complete-bash": return ShellCompletion.bash(parser)
        case "complete-zsh": return ShellCompletion.zsh(parser)
        default: return ShellCompletion.fish(parser)
        }
    }
}

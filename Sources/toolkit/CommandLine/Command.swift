/// One entry of the command table: its name, what it does, the words it takes after its
/// options, and the function that runs it with what the parser read.
struct Command: Sendable {
    /// The name typed after `toolkit` (`show`).
    let name: String
    /// One line for the list of commands.
    let abstract: String
    /// More about it, for its own `--help` and the man page; empty when the abstract says all.
    let discussion: String
    /// The words it takes that are not options (a page id, search words), if any.
    let operand: Operand?
    /// Runs the command; throws `UsageError` for a bad combination of options and `Exit` for
    /// any other failure.
    let run: @Sendable (ParsedArguments) throws -> Void

    /// The words a command takes that are not options.
    struct Operand: Sendable {
        /// How help writes it: `PAGE-ID`, `WORDS`.
        let placeholder: String
        /// What it is.
        let help: String
        /// Whether there must be at least one.
        let required: Bool
        /// Whether more than one may be given.
        let repeats: Bool
        /// The words the first one must be, for a command with actions (`workbook list`,
        /// `workbook rename OLD NEW`): checked by the parser, offered by the completions. Empty
        /// when it may be any word.
        var actions: [String] = []

        /// The operand as a usage line writes it: `[PAGE-ID]`, `WORDS...`.
        var synopsis: String {
            let word = placeholder + (repeats ? "..." : "")
            return required ? word : "[" + word + "]"
        }
    }
}

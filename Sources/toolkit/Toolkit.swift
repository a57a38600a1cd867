import ArgumentParser

/// The `toolkit` command: E3M's "From Procurement to Partnership" toolkit in the terminal.
@main
struct Toolkit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "toolkit",
        abstract: "Read E3M's \"From Procurement to Partnership: a Practical Toolkit for Commissioners\" in the terminal.",
        discussion: """
            With no subcommand, opens the toolkit menu (or PAGE-ID) for browsing with the arrow keys; \
            press ? inside for the keys. When standard input or output is not a terminal, prints the \
            page as plain text instead.
            """,
        subcommands: [Browse.self, Show.self, Tree.self, Search.self, Cite.self, Check.self, Present.self, Follow.self],
        defaultSubcommand: Browse.self
    )

    /// The program's version, printed by `--version` with the content's date.
    static let version = "0.1.0"

    /// Runs the command line. `toolkit` and `toolkit PAGE-ID`, which is how most people start
    /// it, browse without the argument parser (see `Browse.quickStart`). Global options may come
    /// before the subcommand, as the README writes them.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let browse = Browse.quickStart(arguments) {
            do {
                try browse.run()
            } catch {
                Toolkit.exit(withError: error)
            }
            return
        }
        do {
            Toolkit.main(try GlobalOptions.arrange(arguments))
        } catch {
            StandardError.write("\(error)")
            Toolkit.exit(withError: ExitCode(64))
        }
    }
}

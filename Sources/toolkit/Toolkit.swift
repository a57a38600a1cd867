import Glibc

/// The `toolkit` command: E3M's "From Procurement to Partnership" toolkit in the terminal.
@main
enum Toolkit {
    /// The program's version, printed by `--version` with the content's date.
    static let version = "0.1.0"
    /// What the program is, first in `--help` and the man page.
    static let abstract = "Read E3M's \"From Procurement to Partnership: a Practical Toolkit for Commissioners\" in the terminal."

    /// Reads the command line with the one table-driven parser (`CommandTable`) and runs the
    /// command it names: usage errors exit 64, and every other failure has already said why.
    static func main() {
        let parser = CommandTable.parser
        do {
            switch try parser.parse(Array(CommandLine.arguments.dropFirst())) {
            case let .help(name):
                StandardOutput.write(name.flatMap(parser.command(named:)).map { HelpText.of($0, in: parser) } ?? HelpText.overall(parser))
            case let .run(parsed):
                try parser.command(named: parsed.command)?.run(parsed)
            }
        } catch let error as UsageError {
            StandardError.write(error.description)
            exit(64)
        } catch let error as Exit {
            exit(error.status)
        } catch {
            StandardError.write("toolkit: \(error)")
            exit(1)
        }
    }
}

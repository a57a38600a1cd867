/// A command line the program cannot run: printed as one line naming what is wrong and where to
/// read more, and exit status 64 (sysexits' EX_USAGE).
struct UsageError: Error, Equatable, CustomStringConvertible {
    /// What is wrong, without the program's name.
    let message: String
    /// The command whose help says more; nil for the overall help.
    let command: String?

    var description: String {
        "toolkit: \(message); try toolkit" + (command.map { " \($0)" } ?? "") + " --help"
    }
}

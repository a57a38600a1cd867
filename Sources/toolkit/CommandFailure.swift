/// A command that cannot do what was asked: the message for standard error and the sysexits
/// code, thrown by the work behind a command and turned into an exit by the command.
struct CommandFailure: Error {
    /// One or more lines, each shown after `toolkit: `.
    let message: String
    /// The exit status.
    let code: Int32

    init(_ message: String, code: Int32) {
        self.message = message
        self.code = code
    }
}

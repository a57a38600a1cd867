/// Why sharing a presentation, or following one, could not start: a message for the person at
/// the terminal, naming the socket's path.
public struct ShareError: Error, CustomStringConvertible, Sendable {
    /// The message, without the program's name.
    public let description: String

    /// An error with this message.
    init(_ description: String) {
        self.description = description
    }
}

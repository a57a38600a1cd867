/// How attendees join a shared presentation, as the join screen shows it to the room.
public struct JoinInstructions: Equatable, Sendable {
    /// What an attendee on their own machine types, such as `ssh -t workshop@example.org`;
    /// nil when the presenter has not said.
    public var remote: String?
    /// What an attendee logged in to the presenter's machine types: `toolkit follow`, with
    /// `--socket PATH` when the socket is not the default one.
    public var local: String

    /// Creates instructions.
    public init(remote: String?, local: String) {
        self.remote = remote
        self.local = local
    }
}

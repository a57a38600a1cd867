import Sharing

/// A follower's way to the presenter: the connection, and where to connect again when the
/// presenter goes away, so that a presenter who starts again on the same socket finds the room
/// still there. A notes window says so again on each new connection.
public final class FollowSocket {
    /// The connection now, open or closed.
    public private(set) var connection: ShareConnection
    /// Where to connect again; nil to stay disconnected once the presenter goes.
    let path: String?
    /// Whether this is the presenter's notes window rather than an attendee.
    let isNotes: Bool
    /// When (in the loop's milliseconds) to try connecting next.
    private var nextAttempt = 0

    /// How long to wait between attempts to connect again.
    static let retryInterval = 1000

    /// A follower connected with `connection`, connecting again to `path` when it closes.
    public init(_ connection: ShareConnection, path: String? = nil, isNotes: Bool = false) {
        self.connection = connection
        self.path = path
        self.isNotes = isNotes
        if isNotes { connection.send(.notes) }
    }

    /// Whether the presenter has gone and the socket will try to reach them again.
    var isWaitingToReconnect: Bool { !connection.isOpen && path != nil }

    /// Tries to connect again if it is time at `now`; returns whether it did.
    func reconnect(now: Int) -> Bool {
        guard isWaitingToReconnect, let path, now >= nextAttempt else { return false }
        nextAttempt = now + Self.retryInterval
        guard let fresh = try? ShareConnection(path: path, maximumLineLength: connection.maximumLineLength) else { return false }
        connection = fresh
        if isNotes { fresh.send(.notes) }
        return true
    }

    /// A closed connection starts the clock for the first attempt to connect again.
    func noteClosed(now: Int) {
        nextAttempt = now + Self.retryInterval
    }
}

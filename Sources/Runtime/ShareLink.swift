import Glibc
import Navigation
import Sharing

/// The program's other end, besides the terminal: followers to publish to, a presenter to
/// listen to, or nobody.
public enum ShareLink {
    /// Not sharing.
    case none
    /// Presenting, with followers connecting to this server.
    case presenting(ShareServer)
    /// Following the presenter at the other end of this socket, connecting again when it closes.
    case following(FollowSocket)

    /// The descriptors to wait on besides the terminal's.
    var descriptors: [pollfd] {
        switch self {
        case .none: return []
        case let .presenting(server): return server.pollDescriptors
        case let .following(socket):
            let connection = socket.connection
            return connection.isOpen ? [pollfd(fd: connection.descriptor, events: Int16(POLLIN), revents: 0)] : []
        }
    }

    /// How many followers are connected, when presenting.
    var followerCount: Int? {
        if case let .presenting(server) = self { return server.followerCount }
        return nil
    }

    /// What the room has said, as counts, when presenting.
    var roomCount: RoomCount? {
        if case let .presenting(server) = self { return RoomCount(answers: server.answers, hands: server.handsRaised) }
        return nil
    }

    /// Serves what `ready` (the descriptors as `poll` left them) says is waiting at `now`
    /// milliseconds: accepts, hears and drops followers, or reads the presenter's lines as
    /// `.shared` events (`.shareClosed` at the end, `.shareOpened` when connected again).
    func events(ready: [pollfd], now: Int) -> [Event] {
        switch self {
        case .none:
            return []
        case let .presenting(server):
            server.service(ready, now: now)
            return []
        case let .following(socket):
            if socket.reconnect(now: now) { return [.shareOpened] }
            guard ready.contains(where: { $0.revents != 0 }) else { return [] }
            let connection = socket.connection
            let lines = connection.receive() ?? []
            if !connection.isOpen { socket.noteClosed(now: now) }
            return lines.map(Event.shared) + (connection.isOpen ? [] : [.shareClosed])
        }
    }

    /// Tells followers about `position`, if presenting.
    func publish(_ position: PresenterPosition) {
        if case let .presenting(server) = self { server.publish(ShareMessage.line(for: position)) }
    }

    /// Puts `question` to the room, if presenting: the socket takes answers to it from now, and
    /// every follower, and every one who joins while it is open, is told.
    func ask(_ question: RoomQuestion) {
        guard case let .presenting(server) = self else { return }
        server.ask(number: question.number, choices: question.choices.count)
        server.publishRoom([RoomMessage.ask(question).line])
    }

    /// Shows every follower the tally of the open `question`, if presenting.
    func reveal(_ question: RoomQuestion, tally: [Int]) {
        guard case let .presenting(server) = self else { return }
        server.publishRoom([RoomMessage.ask(question).line, RoomMessage.tally(number: question.number, counts: tally).line])
    }

    /// Tells the presenter's notes windows the tally of the open `question` as it stands, if
    /// presenting; attendees hear nothing.
    func tellNotes(_ question: RoomQuestion, tally: [Int]) {
        guard case let .presenting(server) = self else { return }
        server.publishToNotes([RoomMessage.tally(number: question.number, counts: tally).line])
    }

    /// Closes `question`, if presenting: no more answers are taken, and followers are told.
    func close(_ question: RoomQuestion) {
        guard case let .presenting(server) = self else { return }
        server.closeQuestion()
        server.publishRoom([RoomMessage.closed(number: question.number).line])
    }

    /// Lowers every hand, if presenting, and tells followers; `room` is what a follower joining
    /// later still needs to hear.
    func clearHands(keeping room: [RoomMessage]) {
        guard case let .presenting(server) = self else { return }
        server.clearHands()
        server.publishRoom(room.map(\.line) + [RoomMessage.handsDown.line])
    }

    /// Tells the presenter this follower's hand is raised or lowered, if following.
    func hand(raised: Bool) {
        if case let .following(socket) = self { socket.connection.send(.hand(raised: raised)) }
    }

    /// Tells the presenter this follower's answer, if following.
    func answer(question: Int, choice: Int) {
        if case let .following(socket) = self { socket.connection.send(.answer(question: question, choice: choice)) }
    }

    /// Whether the loop should wake each second to connect to a presenter again.
    var isWaitingToReconnect: Bool {
        if case let .following(socket) = self { return socket.isWaitingToReconnect }
        return false
    }

    /// Closes the server or the connection.
    func close() {
        switch self {
        case .none: break
        case let .presenting(server): server.close()
        case let .following(socket): socket.connection.close()
        }
    }
}

import Glibc

/// The presenter's end of a shared presentation: a listening Unix socket and the followers
/// connected to it. Nothing here ever waits: a follower that cannot take a line now gets only the
/// newest one later, and a follower that has gone is dropped.
public final class ShareServer {
    /// The socket's path.
    public let path: String
    private let listener: Int32
    private var followers: [Int32: Outbox] = [:]
    private var attendees: [Int32: Attendee] = [:]
    private var openQuestion: (number: Int, choices: Int)?
    private var droppedByGone = 0
    /// The first line every follower gets.
    private let greeting: [UInt8]
    /// The newest position line.
    private var latest: [UInt8] = []
    /// The lines about the room a follower needs (the open question, its tally), kept for
    /// followers who join later.
    private var roomLines: [UInt8] = []
    private var isClosed = false

    /// Followers beyond this are turned away, so the presenter's file descriptors cannot run out.
    public static let maximumFollowers = 500

    /// What one follower still has to be sent: the rest of the line in flight, then the newest
    /// position and the newest lines about the room (each replacing the one before it, as both
    /// are whole states).
    private struct Outbox {
        var inFlight: ArraySlice<UInt8> = []
        var newest: [UInt8]?
        var room: [UInt8]?
    }

    /// What one connection has said: whether it is a notes window, its answer to the open
    /// question and its hand. Kept only while it is connected, and never reported but as counts.
    private struct Attendee {
        var gate = InboundGate()
        var isNotes = false
        var answer: Int?
        var hand = false

        /// Takes a message; an answer counts only for the open question and within its choices.
        mutating func hear(_ message: AttendeeMessage, question: (number: Int, choices: Int)?) {
            switch message {
            case .notes:
                isNotes = true
            case let .answer(number, choice):
                guard let question, number == question.number, choice <= question.choices else { return }
                answer = choice
            case let .hand(raised):
                hand = raised
            }
        }
    }

    /// Listens on `path`, readable and writable only by this user, or also by `group`. A socket
    /// left behind by a presenter that died is replaced; a live one is an error.
    public init(path: String, group: String?, greeting: String) throws(ShareError) {
        var groupID: gid_t?
        if let group {
            guard let entry = getgrnam(group) else { throw ShareError("there is no group called '\(group)'") }
            groupID = entry.pointee.gr_gid
        }
        guard let address = UnixSocketAddress(path: path) else {
            throw ShareError("the socket path \(path) is too long (a socket path has at most 107 bytes)")
        }
        try SocketPath.prepareFolder(of: path, group: groupID)
        try Self.removeStale(path, address: address)
        guard let listener = SocketDescriptor.makeStream() else {
            throw ShareError("cannot make a socket: \(SocketDescriptor.lastError)")
        }
        // The socket file takes its mode from the umask at bind time, so it is never open to
        // others, not even for the moment before chmod.
        let previousMask = umask(0o177)
        let bound = address.withSockaddr { bind(listener, $0, $1) }
        umask(previousMask)
        guard bound == 0 else {
            let reason = SocketDescriptor.lastError
            Glibc.close(listener)
            throw ShareError("cannot share on \(path): \(reason)")
        }
        if let groupID {
            chown(path, uid_t.max, groupID)
            chmod(path, 0o660)
        }
        guard listen(listener, 64) == 0 else {
            let reason = SocketDescriptor.lastError
            Glibc.close(listener)
            unlink(path)
            throw ShareError("cannot listen on \(path): \(reason)")
        }
        SocketDescriptor.setNonBlocking(listener)
        self.path = path
        self.listener = listener
        self.greeting = Array((greeting + "\n").utf8)
    }

    deinit {
        close()
    }

    /// How many attendees are connected: followers, less the presenter's own notes windows.
    public var followerCount: Int { followers.count - attendees.values.filter(\.isNotes).count }

    /// How many attendees have a hand raised.
    public var handsRaised: Int { attendees.values.filter { $0.hand && !$0.isNotes }.count }

    /// How many attendees chose each answer to the open question (empty when none is open).
    public var answers: [Int] {
        guard let openQuestion else { return [] }
        var counts = Array(repeating: 0, count: openQuestion.choices)
        for attendee in attendees.values where !attendee.isNotes {
            if let choice = attendee.answer { counts[choice - 1] += 1 }
        }
        return counts
    }

    /// How many lines followers sent that were dropped (too long, not a message, over the rate,
    /// or unfinished when the follower left).
    public var droppedMessages: Int { droppedByGone + attendees.values.map(\.gate.dropped).reduce(0, +) }

    /// Opens question `number`, which takes answers 1 to `choices`; any earlier answers are
    /// forgotten.
    public func ask(number: Int, choices: Int) {
        openQuestion = (number, max(1, choices))
        for descriptor in attendees.keys { attendees[descriptor]!.answer = nil }
    }

    /// Closes the open question: answers are no longer taken.
    public func closeQuestion() {
        openQuestion = nil
        for descriptor in attendees.keys { attendees[descriptor]!.answer = nil }
    }

    /// Lowers every hand.
    public func clearHands() {
        for descriptor in attendees.keys { attendees[descriptor]!.hand = false }
    }

    /// What to wait on: the listener for new followers, each follower for its hang-up, and for
    /// writing where a line is waiting.
    public var pollDescriptors: [pollfd] {
        guard !isClosed else { return [] }
        var descriptors = [pollfd(fd: listener, events: Int16(POLLIN), revents: 0)]
        for (descriptor, outbox) in followers {
            let events = POLLIN | (outbox.inFlight.isEmpty ? 0 : POLLOUT)
            descriptors.append(pollfd(fd: descriptor, events: Int16(events), revents: 0))
        }
        return descriptors
    }

    /// Accepts new followers, reads what they say, sends what is waiting, and drops followers that
    /// hung up; `ready` is what `poll` reported, at `now` milliseconds (for the rate limit).
    public func service(_ ready: [pollfd], now: Int) {
        for entry in ready where entry.revents != 0 {
            if entry.fd == listener {
                acceptFollowers()
            } else if followers[entry.fd] != nil {
                if entry.revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 { read(entry.fd, now: now) }
                if followers[entry.fd] != nil, entry.revents & Int16(POLLOUT) != 0 { flush(entry.fd) }
            }
        }
    }

    /// Sends `line` to every follower, now where they can take it, later where they cannot; a
    /// follower that has not taken the previous line gets this one instead.
    public func publish(_ line: String) {
        latest = Array((line + "\n").utf8)
        for descriptor in Array(followers.keys) {
            if followers[descriptor]!.inFlight.isEmpty {
                followers[descriptor]!.inFlight = latest[...]
            } else {
                followers[descriptor]!.newest = latest
            }
            flush(descriptor)
        }
    }

    /// Sends `lines` about the room (the open question, then its tally) to every follower, and
    /// keeps them for every follower who joins later, after the greeting and the position.
    public func publishRoom(_ lines: [String]) {
        roomLines = Array(lines.map { $0 + "\n" }.joined().utf8)
        for descriptor in Array(followers.keys) {
            if followers[descriptor]!.inFlight.isEmpty {
                followers[descriptor]!.inFlight = roomLines[...]
            } else {
                followers[descriptor]!.room = roomLines
            }
            flush(descriptor)
        }
    }

    /// Sends `lines` to the presenter's notes windows only, after the lines about the room every
    /// follower has (so a notes window that missed them still has the whole state).
    public func publishToNotes(_ lines: [String]) {
        let state = roomLines + Array(lines.map { $0 + "\n" }.joined().utf8)
        for (descriptor, attendee) in attendees where attendee.isNotes && followers[descriptor] != nil {
            if followers[descriptor]!.inFlight.isEmpty {
                followers[descriptor]!.inFlight = state[...]
            } else {
                followers[descriptor]!.room = state
            }
            flush(descriptor)
        }
    }

    /// Stops sharing: closes every connection and removes the socket file.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        for descriptor in followers.keys { Glibc.close(descriptor) }
        followers = [:]
        attendees = [:]
        Glibc.close(listener)
        unlink(path)
    }

    private func acceptFollowers() {
        while true {
            let descriptor = accept(listener, nil, nil)
            guard descriptor >= 0 else { return }
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            SocketDescriptor.setNonBlocking(descriptor)
            guard followers.count < Self.maximumFollowers else {
                Glibc.close(descriptor)
                continue
            }
            followers[descriptor] = Outbox(inFlight: (greeting + latest + roomLines)[...])
            attendees[descriptor] = Attendee()
            flush(descriptor)
        }
    }

    /// Sends as much as the follower takes without waiting.
    private func flush(_ descriptor: Int32) {
        while var outbox = followers[descriptor] {
            if outbox.inFlight.isEmpty {
                if let newest = outbox.newest {
                    outbox.inFlight = newest[...]
                    outbox.newest = nil
                } else if let room = outbox.room {
                    outbox.inFlight = room[...]
                    outbox.room = nil
                } else {
                    return
                }
            }
            let sent = outbox.inFlight.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT)) }
            if sent < 0 {
                if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR {
                    followers[descriptor] = outbox
                } else {
                    drop(descriptor)
                }
                return
            }
            outbox.inFlight = outbox.inFlight.dropFirst(sent)
            followers[descriptor] = outbox
        }
    }

    /// Reads what a follower sent, a bounded amount per call, through its gate; an end of file
    /// means the follower has gone, taking its answer and its hand with it.
    private func read(_ descriptor: Int32, now: Int) {
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        if count == 0 || (count < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            drop(descriptor)
            return
        }
        guard count > 0, var attendee = attendees[descriptor] else { return }
        for message in attendee.gate.messages(from: buffer.prefix(count), at: now) {
            attendee.hear(message, question: openQuestion)
        }
        attendees[descriptor] = attendee
    }

    private func drop(_ descriptor: Int32) {
        followers[descriptor] = nil
        if var attendee = attendees.removeValue(forKey: descriptor) {
            attendee.gate.close()
            droppedByGone += attendee.gate.dropped
        }
        Glibc.close(descriptor)
    }

    /// Removes a socket file no presenter is listening on; refuses if one is.
    private static func removeStale(_ path: String, address: UnixSocketAddress) throws(ShareError) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        guard status.st_mode & S_IFMT == S_IFSOCK else {
            throw ShareError("\(path) exists and is not a socket; choose another place with --socket")
        }
        guard let probe = SocketDescriptor.makeStream() else { return }
        defer { Glibc.close(probe) }
        if address.withSockaddr({ connect(probe, $0, $1) }) == 0 {
            throw ShareError("a presentation is already being shared on \(path); choose another place with --socket")
        }
        unlink(path)
    }
}

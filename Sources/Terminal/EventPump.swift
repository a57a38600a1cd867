import CNcursesw
import Glibc
import Navigation

/// Waits for whatever comes first (a key, a resize, a stop signal, a socket being ready, a
/// deadline) without ever blocking on any one of them, then hands over the terminal's events.
/// The presenter and its followers run on it, since they listen to sockets as well as keys.
struct EventPump {
    private let terminal: CursesTerminal

    /// A pump reading `terminal`'s keys; the terminal is switched to reads that never wait.
    init(terminal: CursesTerminal) {
        self.terminal = terminal
        wtimeout(toolkit_stdscr(), 0)
    }

    /// Waits until the terminal or one of `sockets` is ready, a signal arrives, or `milliseconds`
    /// pass; returns the sockets as `poll` left them, and whether the terminal has hung up (so a
    /// closed terminal ends the loop rather than spinning it).
    func wait(for sockets: [pollfd], milliseconds: Int) -> (sockets: [pollfd], isTerminalGone: Bool) {
        var descriptors = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)] + sockets
        _ = poll(&descriptors, nfds_t(descriptors.count), Int32(clamping: milliseconds))
        let gone = descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
        return (Array(descriptors.dropFirst()), gone)
    }

    /// Every key and resize the terminal has ready now.
    func pendingEvents() -> [Event] {
        var events: [Event] = []
        for _ in 0..<256 {
            guard let event = terminal.nextEvent() else { break }
            events.append(event)
        }
        return events
    }
}

import Glibc
import Navigation
import Rendering
import Sharing

/// A follower's event loop: lines from the presenter and the attendee's own keys drive the
/// follower's state.
public enum FollowerSession {
    /// Runs `initial` on `connection` until the attendee quits; returns the stop signal, if one ended it.
    public static func run(_ initial: Follower, on terminal: CursesTerminal, connection: ShareConnection) -> Int32? {
        let pump = EventPump(terminal: terminal)
        var follower = reduce(initial, .resized(terminal.size)).state
        var signal: Int32?
        var repaint = true
        var isConnected = true
        while !follower.presentation.isFinished {
            terminal.draw(render(follower), fully: repaint)
            repaint = false
            let socket = isConnected ? [pollfd(fd: connection.descriptor, events: Int16(POLLIN), revents: 0)] : []
            let ready = pump.wait(for: socket, milliseconds: follower.presentation.isLayingOut ? 0 : 1000)
            if let received = SignalGuard.takePending() ?? (ready.isTerminalGone ? SIGHUP : nil) {
                signal = received
                break
            }
            if isConnected {
                if let lines = connection.receive() {
                    for line in lines { follower = reduce(follower, .shared(line)).state }
                } else {
                    isConnected = false
                    follower = reduce(follower, .shareClosed).state
                }
            }
            let events = pump.pendingEvents()
            for event in events.isEmpty && follower.presentation.isLayingOut ? [.idle] : events {
                let (next, effects) = reduce(follower, event)
                follower = next
                if effects.contains(.repaint) { repaint = true }
                if follower.presentation.isFinished { break }
            }
        }
        connection.close()
        terminal.stop()
        return signal
    }
}

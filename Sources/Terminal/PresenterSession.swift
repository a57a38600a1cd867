import Glibc
import Navigation
import Rendering
import Sharing

/// The presenter's event loop: keys and the clock drive the presentation; every change of
/// position is published to followers, if sharing. Followers never make it wait.
public enum PresenterSession {
    /// Runs `initial` until it finishes; returns the stop signal, if one ended it.
    public static func run(_ initial: Presentation, on terminal: CursesTerminal, sharing server: ShareServer?) -> Int32? {
        let pump = EventPump(terminal: terminal)
        let start = MonotonicClock.milliseconds()
        var presentation = reduce(initial, .resized(terminal.size)).state
        presentation = reduce(presentation, .tick(0)).state
        var published: PresenterPosition?
        var signal: Int32?
        var repaint = true
        while !presentation.isFinished {
            terminal.draw(render(presentation), fully: repaint)
            repaint = false
            // Followers hear of a move only once the room's screen shows it, so a hundred of them
            // redrawing at once cannot hold up the projector.
            if presentation.position != published {
                published = presentation.position
                server?.publish(ShareMessage.line(for: presentation.position))
            }
            let elapsed = MonotonicClock.milliseconds() - start
            let ready = pump.wait(for: server?.pollDescriptors ?? [], milliseconds: presentation.isLayingOut ? 0 : 1000 - elapsed % 1000)
            server?.service(ready.sockets)
            if let received = SignalGuard.takePending() ?? (ready.isTerminalGone ? SIGHUP : nil) {
                signal = received
                break
            }
            presentation = reduce(presentation, .tick((MonotonicClock.milliseconds() - start) / 1000)).state
            let events = pump.pendingEvents()
            for event in events.isEmpty && presentation.isLayingOut ? [.idle] : events {
                let (next, effects) = reduce(presentation, event)
                presentation = next
                if effects.contains(.repaint) { repaint = true }
                if presentation.isFinished { break }
            }
        }
        server?.publish(ShareMessage.line(for: .ended))
        server?.close()
        terminal.stop()
        return signal
    }
}

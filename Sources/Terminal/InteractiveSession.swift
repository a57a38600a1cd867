import Navigation
import Rendering

/// The event loop: draw the state, wait for an event, reduce, perform the effects, until the
/// state says it is finished. The terminal is restored before it returns.
public enum InteractiveSession {
    /// Runs the navigator from `state`; returns the final state and the stop signal, if one ended it.
    public static func run(_ initial: State, on terminal: CursesTerminal) -> (state: State, signal: Int32?) {
        var state = reduce(initial, .resized(terminal.size)).state
        var signal: Int32?
        terminal.draw(render(state), fully: true)
        while !state.isFinished {
            if let received = SignalGuard.takePending() {
                signal = received
                state = reduce(state, .interrupted).state
                break
            }
            guard let event = terminal.nextEvent() else { continue }
            let (next, effects) = reduce(state, event)
            state = next
            if !state.isFinished {
                terminal.draw(render(state), fully: effects.contains(.repaint))
            }
        }
        terminal.stop()
        return (state, signal)
    }
}

import Navigation
import Rendering

/// The event loop: draw the state, wait for an event, reduce, perform the effects, until the
/// state says it is finished. The terminal is restored before it returns.
public enum InteractiveSession {
    /// Runs the navigator from `state`; returns the final state and the stop signal, if one ended it.
    /// `trapAfterFirstFrame` crashes on purpose once the screen is up, so tests can prove that a
    /// crash restores the terminal.
    public static func run(_ initial: State, on terminal: CursesTerminal, trapAfterFirstFrame: Bool = false) -> (state: State, signal: Int32?) {
        var state = reduce(initial, .resized(terminal.size)).state
        var signal: Int32?
        terminal.draw(render(state), fully: true)
        if trapAfterFirstFrame { fatalError("TOOLKIT_TEST_TRAP is set: crashing on purpose") }
        var readingAhead = true
        while !state.isFinished {
            if let received = SignalGuard.takePending() {
                signal = received
                state = reduce(state, .interrupted).state
                break
            }
            terminal.waitForInput(milliseconds: state.isLayingOut || readingAhead ? 0 : 250)
            guard let event = terminal.nextEvent() ?? (state.isLayingOut ? .idle : nil) else {
                // Between keys, with the page laid out: read ahead so "Linked from" is ready.
                if readingAhead { readingAhead = state.catalog.readAhead() }
                continue
            }
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

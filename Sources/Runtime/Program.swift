import Navigation
import Rendering

/// A state machine the event loop can run: the navigator's `State`, the presenter's
/// `Presentation` and an attendee's `Follower` all are, so each mode gets the same handling of
/// keys, resizes, signals, hang-ups, idle work and effects.
public protocol Program: Sendable {
    /// Whether the program has ended (the reader quit or was interrupted).
    var isFinished: Bool { get }
    /// Whether there is work for the moments when no event is waiting; the loop then sends `.idle`.
    var hasIdleWork: Bool { get }
    /// Whether the program shows the time, so the loop sends a `.tick` each second.
    static var keepsTime: Bool { get }
    /// The program after `event`, and the effects for the loop to carry out.
    func reduced(by event: Event) -> (program: Self, effects: [Effect])
    /// What the terminal should show now.
    var screen: Screen { get }
}

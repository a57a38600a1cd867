import Navigation
import Rendering

/// An attendee following a presenter, run by the event loop.
extension Follower: Program {
    /// A follower shows no clock.
    public static var keepsTime: Bool { false }

    /// Whether the attendee has quit.
    public var isFinished: Bool { presentation.isFinished }

    /// Whether the follower's presentation has idle work.
    public var hasIdleWork: Bool { presentation.hasIdleWork }

    /// The follower's `reduce`.
    public func reduced(by event: Event) -> (program: Follower, effects: [Effect]) {
        let (follower, effects) = reduce(self, event)
        return (follower, effects)
    }

    /// The follower's `render`.
    public var screen: Screen { render(self) }
}

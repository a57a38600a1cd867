import Navigation
import Rendering

/// The navigator, run by the event loop.
extension State: Program {
    /// The navigator shows no clock.
    public static var keepsTime: Bool { false }

    /// The navigator's `reduce`.
    public func reduced(by event: Event) -> (program: State, effects: [Effect]) {
        let (state, effects) = reduce(self, event)
        return (state, effects)
    }

    /// The navigator's `render`.
    public var screen: Screen { render(self) }
}

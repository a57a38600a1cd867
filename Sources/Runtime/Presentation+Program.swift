import Navigation
import Rendering

/// The presenter's presentation, run by the event loop.
extension Presentation: Program {
    /// The presenter's footer shows the elapsed time.
    public static var keepsTime: Bool { true }

    /// The presentation's `reduce`.
    public func reduced(by event: Event) -> (program: Presentation, effects: [Effect]) {
        let (presentation, effects) = reduce(self, event)
        return (presentation, effects)
    }

    /// The presentation's `render`.
    public var screen: Screen { render(self) }
}

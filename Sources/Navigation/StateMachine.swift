/// The one shape of every mode (browsing, presenting, following): a value that an event turns
/// into the next value and the effects for the loop to carry out. The loop, the tests and the
/// walks over reachable states all drive a mode through this protocol alone.
///
/// The contract: no clock, no terminal and no writes; time, sizes and lines from the socket
/// arrive as events, content is read lazily through the catalog and memoised, so the same value
/// and event always give the same result.
public protocol StateMachine: Equatable, Sendable {
    /// Whether the mode has ended (the reader quit or was interrupted).
    var isFinished: Bool { get }
    /// Whether there is work for the moments when no event is waiting; the loop then sends `.idle`.
    var hasIdleWork: Bool { get }
    /// Whether the mode shows the time, so the loop sends a `.tick` each second.
    static var keepsTime: Bool { get }
    /// Changes the value for `event` and returns the effects to carry out.
    mutating func apply(_ event: Event) -> [Effect]
}

/// The state machine's step, written once for every mode: the value after `event`, and the
/// effects for the loop to carry out.
public func reduce<Machine: StateMachine>(_ machine: Machine, _ event: Event) -> (state: Machine, effects: [Effect]) {
    var next = machine
    let effects = next.apply(event)
    return (next, effects)
}

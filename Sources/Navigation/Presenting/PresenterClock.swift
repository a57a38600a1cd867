/// The presenter's timer, kept by the state machine from `.tick` events so it stays pure:
/// elapsed time that stops while paused, and an optional time limit to count down from.
public struct PresenterClock: Equatable, Sendable {
    /// Seconds counted so far.
    public internal(set) var elapsed: Int
    /// Whether `t` has stopped the count.
    public internal(set) var isPaused: Bool
    /// The session's length in seconds, for the countdown.
    public let limit: Int?
    /// The monotonic time of the last tick, so a late tick still adds the right amount.
    var lastTick: Int?

    /// A clock at zero, counting, with an optional limit in minutes.
    public init(minutes: Int? = nil) {
        elapsed = 0
        isPaused = false
        limit = minutes.map { $0 * 60 }
        lastTick = nil
    }

    /// Seconds left before the limit (negative once over), if there is a limit.
    public var remaining: Int? { limit.map { $0 - elapsed } }

    /// Takes the monotonic time `now` (in seconds) into account.
    mutating func tick(_ now: Int) {
        if let lastTick, !isPaused, now > lastTick { elapsed += now - lastTick }
        lastTick = now
    }

    /// Stops or restarts the count.
    mutating func togglePause() {
        isPaused.toggle()
    }

    /// `12:04`, or `1:02:09` past an hour; negative values count as their size.
    public static func format(_ seconds: Int) -> String {
        let total = abs(seconds)
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(rest))" : "\(minutes):\(twoDigits(rest))"
    }
}

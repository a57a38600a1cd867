/// What stands between one follower's bytes and the presenter: whole lines only, each short,
/// each one of the few `AttendeeMessage`s, and no more than a few a second. Everything else is
/// dropped and counted; nothing a follower sends can grow memory or take the presenter's time
/// beyond a fixed amount per read.
public struct InboundGate: Sendable {
    /// The longest line taken, in bytes; the longest message is `answer 9999 9999`.
    public static let maximumLine = 32
    /// How many messages a follower may send at once after a quiet spell.
    public static let burst = 5
    /// How many messages a second a follower may keep sending.
    public static let perSecond = 5

    /// How many lines were dropped: too long, not a message, or over the rate.
    public private(set) var dropped = 0
    private var partial: [UInt8] = []
    private var isOverLong = false
    private var tokens = Double(InboundGate.burst)
    private var lastRefill: Int?

    /// A gate that has taken nothing yet.
    public init() {}

    /// The messages in `bytes` (with what came before), received at `now` milliseconds; a line
    /// still unfinished waits for its end, and is dropped if the follower leaves first.
    public mutating func messages(from bytes: some Sequence<UInt8>, at now: Int) -> [AttendeeMessage] {
        refill(at: now)
        var messages: [AttendeeMessage] = []
        for byte in bytes {
            guard byte == UInt8(ascii: "\n") else {
                if partial.count < Self.maximumLine { partial.append(byte) } else { isOverLong = true }
                continue
            }
            defer {
                partial.removeAll(keepingCapacity: true)
                isOverLong = false
            }
            guard !isOverLong, tokens >= 1, let message = AttendeeMessage.parse(partial) else {
                dropped += 1
                continue
            }
            tokens -= 1
            messages.append(message)
        }
        return messages
    }

    /// Counts a line the follower left unfinished when it went.
    public mutating func close() {
        if !partial.isEmpty || isOverLong { dropped += 1 }
        partial = []
        isOverLong = false
    }

    private mutating func refill(at now: Int) {
        if let lastRefill {
            tokens = min(Double(Self.burst), tokens + Double(max(0, now - lastRefill)) * Double(Self.perSecond) / 1000)
        }
        lastRefill = now
    }
}

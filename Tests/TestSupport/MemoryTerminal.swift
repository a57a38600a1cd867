import Glibc
import Navigation
import Rendering
import Runtime

/// A terminal in memory, for running the event loop in tests (as ratatui's `TestBackend` does):
/// scripted events in, every drawn `Screen` out. Each step of the script is what one read of
/// the keyboard returns; once the script is spent, the terminal hangs up, as a closed SSH link does.
public final class MemoryTerminal: TerminalDevice {
    /// The window's size: the one given, then the last `.resized` read.
    public private(set) var size: Size
    /// Every screen drawn, in order, and whether it was drawn fully (after a clear).
    public private(set) var frames: [(screen: Screen, fully: Bool)] = []
    /// Whether the loop gave the terminal back.
    public private(set) var isStopped = false
    private var script: [[Event]]
    // One byte per step in a pipe whose writing end is closed once the last step is read: the
    // loop's `poll` sees input while steps are left and a hang-up after the last, as it would on a
    // real terminal.
    private let descriptor: Int32
    private var writingEnd: Int32?

    /// A terminal of `size` that will be read `script`, one step per read.
    public init(size: Size, script: [[Event]]) {
        self.size = size
        self.script = script
        var ends: [Int32] = [0, 0]
        precondition(pipe(&ends) == 0, "cannot make a pipe for the memory terminal")
        let bytes = [UInt8](repeating: 0, count: script.count)
        precondition(write(ends[1], bytes, bytes.count) == bytes.count, "a script longer than a pipe holds")
        descriptor = ends[0]
        writingEnd = ends[1]
        if script.isEmpty { hangUp() }
    }

    deinit {
        hangUp()
        close(descriptor)
    }

    private func hangUp() {
        if let writingEnd { close(writingEnd) }
        writingEnd = nil
    }

    /// The pipe's reading end.
    public var inputDescriptor: Int32 { descriptor }

    /// The next step of the script, or nothing once it is spent.
    public func readEvents() -> [Event] {
        var byte: UInt8 = 0
        guard read(descriptor, &byte, 1) == 1, !script.isEmpty else { return [] }
        let events = script.removeFirst()
        if script.isEmpty { hangUp() }
        for case let .resized(newSize) in events { size = newSize }
        return events
    }

    /// Records the screen.
    public func draw(_ screen: Screen, fully: Bool) {
        frames.append((screen, fully))
    }

    /// Records that the terminal was given back.
    public func stop() {
        isStopped = true
    }

    /// What the loop asked to be copied, in order.
    public private(set) var copied: [String] = []

    /// Records the text instead of writing OSC 52.
    public func copy(_ text: String) {
        copied.append(text)
    }

    /// The last screen drawn, as text.
    public var lastScreen: String { frames.last?.screen.text ?? "" }
}

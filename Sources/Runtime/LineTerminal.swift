import Glibc
import Navigation
import Rendering

/// A terminal that is a line of text at a time, for `follow --plain`: it prints each line of a
/// drawn screen that differs from the one printed before it (never the alternate screen, no
/// cursor movement), and turns each line typed into a key: a digit answers, `h` raises or lowers
/// the hand, `q` leaves; the end of input leaves too.
public final class LineTerminal: TerminalDevice {
    private let input: Int32
    private let write: (String) -> Void
    private var printed: [String] = []
    private var pending: [UInt8] = []

    /// Reads lines from `input` and prints with `write`.
    public init(input: Int32 = 0, write: @escaping (String) -> Void) {
        self.input = input
        self.write = write
    }

    /// The layout size the follower gets: the lines printed do not depend on it.
    public var size: Size { Size(columns: 80, rows: 24) }

    /// The input's descriptor.
    public var inputDescriptor: Int32 { input }

    /// The keys of the lines typed since last asked, without waiting.
    public func readEvents() -> [Event] {
        var entry = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, 0) > 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress, $0.count) }
        if count <= 0 { return count == 0 ? [.key(.character("q"))] : [] }
        pending += buffer.prefix(count)
        var events: [Event] = []
        while let end = pending.firstIndex(of: UInt8(ascii: "\n")) {
            let line = String(decoding: pending[..<end], as: UTF8.self).trimmingPrefix(" ")
            pending.removeSubrange(...end)
            events += Self.keys(for: String(line))
        }
        if pending.count > 256 { pending.removeAll() }
        return events
    }

    /// The key a typed line stands for; nothing for anything else.
    static func keys(for line: String) -> [Event] {
        var line = line
        while line.last == " " || line.last == "\r" { line.removeLast() }
        switch line {
        case "1", "2", "3", "4": return [.key(.character(Character(line)))]
        case "h", "H": return [.key(.character("H"))]
        case "q", "Q": return [.key(.character("q"))]
        default: return []
        }
    }

    /// Prints the lines of `screen` that are new since the last draw.
    public func draw(_ screen: Screen, fully: Bool) {
        let lines = screen.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
        for (index, line) in lines.enumerated() where index >= printed.count || printed[index] != line {
            write(line + "\n")
        }
        printed = lines
    }

    /// Nothing to restore: the terminal was never taken over.
    public func stop() {}

    /// Nothing is copied: no line typed here asks for a copy.
    public func copy(_ text: String) {}
}

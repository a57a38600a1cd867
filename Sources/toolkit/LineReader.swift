import Glibc
import Rendering

/// Drives a `LineSession` from standard input, one line at a time, until `q` or end of input.
enum LineReader {
    /// Prints the first screen, then answers each line read; while no line waits, the session
    /// builds its search index a step at a time.
    static func run(_ start: LineSession) {
        var session = start
        StandardOutput.write(session.screen())
        while !session.isFinished {
            while session.hasIdleWork && !inputWaits() { session.idle() }
            guard let line = readLine() else { break }
            StandardOutput.write(session.handle(line))
        }
        if !session.isFinished { StandardOutput.write("\n") }
    }

    /// Whether standard input has a line, its end or an error to read now. A line already read
    /// into stdio's buffer is not seen here; it waits at most until the index is built.
    private static func inputWaits() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) != 0
    }
}

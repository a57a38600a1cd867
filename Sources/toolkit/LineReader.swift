import Rendering

/// Drives a `LineSession` from standard input, one line at a time, until `q` or end of input.
enum LineReader {
    /// Prints the first screen, then answers each line read.
    static func run(_ start: LineSession) {
        var session = start
        StandardOutput.write(session.screen())
        while !session.isFinished, let line = readLine() {
            StandardOutput.write(session.handle(line))
        }
        if !session.isFinished { StandardOutput.write("\n") }
    }
}

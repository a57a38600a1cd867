import Glibc

/// Writes messages for the person at the terminal to standard error, one line each.
enum StandardError {
    /// Writes `line` and, unless told not to (a question), a newline.
    static func write(_ line: String, newline: Bool = true) {
        let bytes = Array((newline ? line + "\n" : line).utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}

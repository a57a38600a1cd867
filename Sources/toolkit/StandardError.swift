import Glibc

/// Writes messages for the person at the terminal to standard error, one line each.
enum StandardError {
    /// Writes `line` and a newline.
    static func write(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}

import Glibc

/// Writes plain text to standard output, ignoring a reader that has gone away (`| head`).
enum StandardOutput {
    /// Writes `text` as it is.
    static func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            bytes = bytes.dropFirst(written)
        }
    }
}

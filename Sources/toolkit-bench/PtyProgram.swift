import Glibc

/// A program compared side by side on the pty (issue 16): how it is started, the bytes that show
/// its first full frame has arrived, what ↓ does in it, and the keys that quit it without a
/// question.
struct PtyProgram {
    /// The program and what it reads, as the report names them.
    var label: String
    var arguments: [String]
    /// Text written only when the first full frame is being drawn (its last line or status).
    var marker: String
    /// What ↓ does in this program on this text, for the report.
    var down: String
    var quitKeys = "q"

    /// One session with a fresh, empty HOME, so no user configuration or history from an earlier
    /// session (w3m writes `~/.w3m`) changes what it does.
    func session(keys: [PtyBench.KeyName]) -> PtyBench.Run {
        var template = Array("/tmp/toolkit-bench-home.XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { fatal("cannot make a temporary HOME: \(String(cString: strerror(errno)))") }
        let home = String(cString: made)
        defer { _ = runProcess(["/bin/rm", "-rf", home]) }
        return PtyBench.session(arguments, marker: marker, keys: keys, quitKeys: quitKeys, environment: benchEnvironment(home: home))
    }
}

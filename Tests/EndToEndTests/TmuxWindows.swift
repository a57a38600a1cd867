import Foundation
import XCTest

/// A private tmux server with many windows of one size, each running one command directly (no
/// shell), for many terminals at once; a window whose command ends stays, to be looked at.
final class TmuxWindows {
    private let socket: String
    private let tmux = "/usr/bin/tmux"
    private let directory: URL
    private(set) var count = 0
    private var killed = false

    init(width: Int, height: Int) throws {
        guard FileManager.default.isExecutableFile(atPath: tmux) else { throw HarnessError("needs tmux: apt-get install tmux") }
        let id = UUID().uuidString.prefix(8).lowercased()
        socket = "toolkit-e2e-windows-\(getpid())-\(id)"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-e2e-windows-\(id)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let config = directory.appendingPathComponent("tmux.conf")
        try "set -g status off\nset -g history-limit 0\nset -g escape-time 0\nset -g remain-on-exit on\nset -g default-terminal xterm-256color\n"
            .write(to: config, atomically: true, encoding: .utf8)
        let started = try run(["-f", config.path, "new-session", "-d", "-s", "w", "-x", "\(width)", "-y", "\(height)", "cat"])
        guard started.status == 0 else { throw HarnessError("tmux new-session failed: \(started.stderr)") }
    }

    deinit { kill() }

    /// Opens a window running `command` (its words are quoted here) with a clean environment;
    /// returns its number.
    @discardableResult
    func open(_ command: [String]) throws -> Int {
        count += 1
        let line = "exec env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=\(quote(directory.path)) TERM=xterm-256color LANG=\(TestLocale.utf8) "
            + command.map(quote).joined(separator: " ")
        let opened = try run(["new-window", "-d", "-t", "=w:\(count)", line])
        guard opened.status == 0 else { throw HarnessError("tmux new-window failed: \(opened.stderr)") }
        return count
    }

    /// The process a window runs.
    func pid(of window: Int) -> pid_t? {
        pid_t(((try? run(["display-message", "-p", "-t", "=w:\(window)", "#{pane_pid}"]))?.stdoutText ?? "").trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The window's screen as text.
    func capture(_ window: Int) -> String {
        (try? run(["capture-pane", "-p", "-t", "=w:\(window)"]))?.stdoutText ?? ""
    }

    /// Sends `keys` (tmux key names) to a window.
    func send(_ window: Int, _ keys: String...) {
        _ = try? run(["send-keys", "-t", "=w:\(window)"] + keys)
    }

    /// Polls until every one of `windows` shows all of `fragments`; fails with the first screen
    /// that does not after `timeout`.
    func waitFor(_ windows: [Int], showing fragments: [String], timeout: TimeInterval = 20, file: StaticString = #filePath, line: UInt = #line) throws {
        var waiting = Set(windows)
        let deadline = Date().addingTimeInterval(timeout)
        while !waiting.isEmpty {
            for window in waiting.sorted() where fragments.allSatisfy(capture(window).contains) {
                waiting.remove(window)
            }
            if waiting.isEmpty { return }
            if Date() > deadline {
                let window = waiting.min()!
                XCTFail("after \(timeout) s, windows \(waiting.sorted()) do not show \(fragments); window \(window):\n\(capture(window))", file: file, line: line)
                throw HarnessError("gave up waiting for \(fragments)")
            }
            usleep(30_000)
        }
    }

    /// Kills the server and with it every window's command.
    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    private func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    private func run(_ arguments: [String]) throws -> ProcessResult {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TERM"] = "xterm-256color"
        return try Spawn.run(tmux, ["-L", socket] + arguments, environment: environment)
    }
}

import Foundation
import XCTest

/// `y` in the real binary, in tmux with `set-clipboard on`: the OSC 52 the program writes fills
/// tmux's paste buffer with the reference `toolkit cite` prints, directly and through an SSH
/// login, and the raw bytes carry it as base64 only. Hostile page text (BEL, ESC ] 52, ST, C1 controls in a title and a source)
/// cannot end the sequence early or add one of its own.
final class CitationCopyTests: TmuxTestCase {
    private func run(_ arguments: [String]) throws -> ProcessResult {
        try Run.process(try ToolkitBinary.path(), arguments, environment: Run.cleanEnvironment(["TERM": "xterm-256color"]))
    }

    /// Every OSC 52 in `raw` (pipe-pane's copy of what the program wrote): the base64 between
    /// `ESC ] 52 ; c ;` and the BEL, decoded.
    private func copies(in raw: Data) -> [(payload: String, decoded: String?)] {
        let bytes = [UInt8](raw)
        let start = Array("\u{1B}]52;c;".utf8)
        var found: [(String, String?)] = []
        var index = 0
        while index + start.count <= bytes.count {
            guard Array(bytes[index..<index + start.count]) == start else { index += 1; continue }
            let from = index + start.count
            let end = bytes[from...].firstIndex(of: 0x07) ?? bytes.count
            let payload = String(decoding: bytes[from..<end], as: UTF8.self)
            found.append((payload, Data(base64Encoded: payload).map { String(decoding: $0, as: UTF8.self) }))
            index = end
        }
        return found
    }

    func testYPutsTheReferenceInTmuxsBufferThroughOSC52() throws {
        let expected = try run(["cite", "principles/trust"]).stdoutText.trimmingCharacters(in: .newlines)
        XCTAssertTrue(expected.hasPrefix("\"Principle 7: Trust\". In: From Procurement to Partnership"), expected)
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.setServerOption("set-clipboard", "on")
        let raw = tmux.directory.appendingPathComponent("raw")
        try tmux.startToolkit(["--fresh", "principles/trust"])
        _ = try tmux.waitFor("Principle 7: Trust")
        try tmux.pipePane(to: raw)
        tmux.send("y")
        _ = try tmux.waitFor("the status line saying what was copied") { $0.row(22).hasPrefix(" Copied: \"Principle 7: Trust\"") }
        try tmux.waitForOutput("\u{07}", in: raw)
        try tmux.pipePane(to: nil)
        XCTAssertEqual(tmux.showBuffer(), expected, "tmux's buffer holds what toolkit cite prints")
        let written = copies(in: try Data(contentsOf: raw))
        XCTAssertEqual(written.count, 1, "one OSC 52 outside tmux's passthrough")
        XCTAssertEqual(written.first?.decoded, expected)
        try tmux.quitAndAssertRestored()
    }

    func testTheReferenceReachesTmuxThroughAnSSHLogin() throws {
        let binary = try ToolkitBinary.path()
        let expected = try run(["cite", "principles/trust"]).stdoutText.trimmingCharacters(in: .newlines)
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-cite-state-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: state) }
        let server = try SSHServer(authorizedKeysPrefixes: ["restrict,pty,command=\"env XDG_STATE_HOME=\(state.path) \(binary) --fresh principles/trust\""])
        defer { server.stop() }
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.setServerOption("set-clipboard", "on")
        tmux.type(server.command(tty: true).joined(separator: " "))
        tmux.send("Enter")
        _ = try tmux.waitFor("Principle 7: Trust", timeout: 20)
        tmux.send("y")
        _ = try tmux.waitFor("the status line saying what was copied") { $0.row(22).hasPrefix(" Copied: \"Principle 7: Trust\"") }
        // The buffer is set when tmux reads the sequence, a moment after the screen shows the notice.
        var buffer = tmux.showBuffer()
        for _ in 0..<50 where buffer != expected {
            usleep(100_000)
            buffer = tmux.showBuffer()
        }
        XCTAssertEqual(buffer, expected, "the reference crossed SSH into tmux's buffer")
        tmux.send("q")
        _ = try tmux.waitFor("the shell after the login ends") { $0.lines.last { !$0.isEmpty }?.hasPrefix("$") == true }
    }

    func testHostilePageTextCannotEscapeTheSequence() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-cite-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "---\ntitle: Root\nsources: [https://example.org/]\n---\nRoot.\n".write(to: folder.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        let evil = "---\ntitle: \"Evil\\a\\e]52;c;SEFDSw==\\a\\e\\\\ \\x9d\\x9c end\"\nsources: [\"https://example.org/\\a\\e]52;c;SEFDSw==\\a\"]\n---\nText.\n"
        try evil.write(to: folder.appendingPathComponent("evil.md"), atomically: true, encoding: .utf8)

        let printed = try run(["cite", "evil", "--content", folder.path])
        XCTAssertEqual(printed.status, 0, printed.stderr)
        XCTAssertFalse(printed.stdout.contains { $0 == 0x1B || $0 == 0x07 }, "no ESC or BEL printed: \(printed.stdoutText.debugDescription)")

        let tmux = try startTmux(width: 80, height: 24)
        try tmux.setServerOption("set-clipboard", "on")
        let raw = tmux.directory.appendingPathComponent("raw")
        try tmux.startToolkit(["--fresh", "--content", folder.path, "evil"])
        _ = try tmux.waitFor("Text.")
        try tmux.pipePane(to: raw)
        tmux.send("y")
        _ = try tmux.waitFor("the status line saying what was copied") { $0.row(22).hasPrefix(" Copied:") }
        try tmux.waitForOutput("\u{07}", in: raw)
        try tmux.pipePane(to: nil)
        let written = copies(in: try Data(contentsOf: raw))
        XCTAssertEqual(written.count, 1, "the page's own ESC ] 52 never reaches the terminal: \(written)")
        let payload = written.first?.payload ?? ""
        XCTAssertTrue(payload.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+/=".contains($0)) }, payload)
        let decoded = try XCTUnwrap(written.first?.decoded, "the payload is base64")
        XCTAssertFalse(decoded.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, decoded.debugDescription)
        XCTAssertEqual(decoded, printed.stdoutText.trimmingCharacters(in: .newlines), "the same reference as toolkit cite")
        XCTAssertEqual(tmux.showBuffer(), decoded)
        XCTAssertNotEqual(tmux.showBuffer(), "HACK", "the page's own sequence did not set the clipboard")
        try tmux.quitAndAssertRestored()
    }
}

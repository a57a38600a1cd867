import Foundation
import XCTest

/// A TERM that terminfo does not know: no crash, the page printed as text, one line on stderr,
/// exit 0, and the terminal untouched.
final class UnknownTerminalTests: TmuxTestCase {
    func testUnknownTermPrintsThePageAndANote() throws {
        // Tall enough for the whole menu as text, the wrapper's lines and the prompt.
        let tmux = try startTmux(width: 80, height: 40)
        try tmux.startToolkit(term: "nonsense-term", stderrToFile: true)
        let record = try tmux.waitForExit()
        XCTAssertEqual(record.status, 0, "stderr: \(record.stderr)")
        let notes = record.stderr.split(separator: "\n")
        XCTAssertEqual(notes.count, 1, "one line on stderr, got: \(record.stderr)")
        XCTAssertTrue(record.stderr.contains("'nonsense-term'") && record.stderr.contains("unknown"), record.stderr)
        try tmux.assertTerminalRestored(record, startShown: false)
        let screen = tmux.capture()
        XCTAssertTrue(screen.contains("From Procurement to Partnership: a Practical Toolkit for Commissioners"), "\(screen)")
        XCTAssertTrue(screen.contains("5  Your questions answered"), "the menu should be printed as text\(screen)")
        XCTAssertFalse(screen.contains("q quit"), "no curses chrome\(screen)")
    }

    func testUnknownTermWithAPageId() throws {
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkit(["correctives"], term: "nonsense-term", stderrToFile: true)
        let record = try tmux.waitForExit()
        XCTAssertEqual(record.status, 0, "stderr: \(record.stderr)")
        try tmux.assertTerminalRestored(record, startShown: false)
        let screen = tmux.capture()
        XCTAssertTrue(screen.contains("5 Fundamental Correctives for Public Service Reform"), "\(screen)")
        XCTAssertTrue(screen.contains("6  Corrective 5: Partnership should replace transaction"), "\(screen)")
    }
}

import Foundation
import XCTest

/// A TERM that terminfo does not know, or one that cannot move the cursor (`dumb`): no crash,
/// no curses, but the line-by-line reader, usable from the keyboard; the terminal untouched.
final class UnknownTerminalTests: TmuxTestCase {
    private let prompt = "b back, /words search, q quit]>"

    func testUnknownTermFallsBackToTheLineReaderWithANote() throws {
        // Tall enough for a section menu's items, its "What next?" and its references at once.
        let tmux = try startTmux(width: 80, height: 60)
        try tmux.startToolkit(term: "nonsense-term", stderrToFile: true)
        let menu = try tmux.waitFor("the menu as text and the prompt") { $0.contains("[1-6 to open, " + self.prompt) }
        XCTAssertTrue(menu.contains("5  Your questions answered"), "\(menu)")
        XCTAssertFalse(menu.contains("q quit "), "no curses chrome\(menu)")
        tmux.type("2")
        tmux.send("Enter")
        try tmux.waitFor("the correctives menu") { $0.contains("5  Corrective 5: Partnership should replace transaction") && $0.contains("[0-11 to open") }
        tmux.type("q")
        tmux.send("Enter")
        let record = try tmux.waitForExit()
        XCTAssertEqual(record.status, 0, "stderr: \(record.stderr)")
        let notes = record.stderr.split(separator: "\n")
        XCTAssertEqual(notes.count, 1, "one line on stderr, got: \(record.stderr)")
        XCTAssertTrue(record.stderr.contains("'nonsense-term'") && record.stderr.contains("line-by-line"), record.stderr)
        try tmux.assertTerminalRestored(record, startShown: false)
    }

    func testDumbTerminalUsesTheLineReaderAtOnce() throws {
        let tmux = try startTmux(width: 80, height: 60)
        try tmux.startToolkit(["correctives"], term: "dumb", stderrToFile: true)
        try tmux.waitFor("the correctives menu as text") { $0.contains("5  Corrective 5: Partnership should replace transaction") && $0.contains(self.prompt) }
        tmux.type("/plymouth")
        tmux.send("Enter")
        try tmux.waitFor("search results") { $0.contains("toolkit questions/procurement-rules") && $0.contains(" to open, " + self.prompt) }
        tmux.type("q")
        tmux.send("Enter")
        let record = try tmux.waitForExit()
        XCTAssertEqual(record.status, 0)
        XCTAssertEqual(record.stderr, "", "dumb is a known terminal: no note")
        try tmux.assertTerminalRestored(record, startShown: false)
    }
}

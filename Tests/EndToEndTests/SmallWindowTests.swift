import Foundation
import XCTest

/// Below 20x6 the toolkit shows a "Window too small" note instead of a broken layout, and comes
/// back when the window grows.
final class SmallWindowTests: TmuxTestCase {
    private let menuHints = " ↑↓ move  Enter open  1-9 pick  ← back  / search  ? help  q quit"

    func testShrinkingShowsTheNoteAndGrowingShowsTheMenuAgain() throws {
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkit()
        try tmux.waitFor("Case studies of purpose-aligned partnerships", "1 of 6")

        tmux.resize(width: 19, height: 5)
        let small = try tmux.waitFor("the too-small note at 19x5") {
            $0.lines.count == 5 && $0.contains("Window too small") && $0.contains("(needs 20x6)")
        }
        XCTAssertFalse(small.contains("Toolkit"), "nothing of the menu should remain\(small)")
        for row in small.lines { XCTAssertLessThanOrEqual(row.count, 19, "\(small)") }

        tmux.resize(width: 15, height: 5)
        let smaller = try tmux.waitFor("the note at 15x5") {
            $0.lines.count == 5 && $0.contains("Too small") && $0.contains("20x6")
        }
        XCTAssertFalse(smaller.contains("Toolkit"), "\(smaller)")

        tmux.resize(width: 80, height: 24)
        try tmux.waitFor("the menu again") { $0.lines.count == 24 && $0.row(23) == self.menuHints }
        let again = tmux.settledCapture()
        XCTAssertEqual(again.row(0), " Toolkit", "\(again)")
        XCTAssertTrue(again.contains("1  Case studies of purpose-aligned partnerships"), "\(again)")
        XCTAssertTrue(again.row(22).hasSuffix("1 of 6"), "\(again)")
        XCTAssertFalse(again.contains("Window too"), "the note should be gone\(again)")

        try tmux.quitAndAssertRestored()
    }

    func testStartingTooSmallThenGrowing() throws {
        let tmux = try startTmux(width: 19, height: 5)
        try tmux.startToolkit()
        try tmux.waitFor("Window too small", "(needs 20x6)")
        // Keys still work while too small: 1 opens the case studies, seen once there is room.
        tmux.send("1")
        tmux.resize(width: 80, height: 24)
        try tmux.waitFor("the case studies at 80x24") {
            $0.lines.count == 24 && $0.row(0).hasPrefix(" Toolkit › 1 of 6 · Case studies")
        }
        let grown = tmux.settledCapture()
        XCTAssertTrue(grown.row(22).hasSuffix("1 of 9"), "\(grown)")
        XCTAssertFalse(grown.contains("Window too"), "\(grown)")
        try tmux.quitAndAssertRestored()
    }
}

import Foundation
import XCTest

/// What the real binary writes to turn a page, captured with tmux's `pipe-pane`: ncurses reaches
/// each new row with CR and VT rather than a full cursor address, and never re-selects the
/// character set (issue 8: PgDn must cost no more bytes than `less` on the same text).
final class PageTurnBytesTests: TmuxTestCase {
    func testAPageTurnMovesDownRowsWithCarriageReturnAndVerticalTab() throws {
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkit(["case-studies/plymouth-alliance"], environment: ["XDG_STATE_HOME": "/dev/null"])
        try tmux.waitFor("The Plymouth Alliance", "Top")
        let output = tmux.file("page-turn.out")
        try tmux.pipePane(to: output)
        tmux.send("NPage")
        // The position after a page turn is a percentage where it was "Top"; which one follows the content.
        try tmux.waitFor("The challenge", "%")
        try tmux.pipePane(to: nil)
        let bytes = Array(try Data(contentsOf: output))
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertFalse(text.contains("\u{1B}(B"), "the character set is selected once, at start:\n\(visible(text))")
        XCTAssertGreaterThanOrEqual(text.components(separatedBy: "\r\u{0B}").count - 1, 10, "rows reached with CR VT:\n\(visible(text))")
        let addressesToTheMargin = text.components(separatedBy: ";3H").count - 1
        XCTAssertLessThanOrEqual(addressesToTheMargin, 1, "a cursor address per row:\n\(visible(text))")
        try tmux.quitAndAssertRestored()
    }

    private func visible(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}", with: "\\e").replacingOccurrences(of: "\r", with: "\\r")
            .replacingOccurrences(of: "\u{0B}", with: "^K")
    }
}

import Foundation
import XCTest

/// Escape sequences the terminal sends but terminfo does not list (issue 7): curses hands their
/// bytes over one by one, and read as keys `ESC [ 2 0 0 ~` would be Esc, `[` (previous page)
/// and `2` (open item 2). They must do nothing, while Esc alone and Alt-→ still work.
final class EscapeSequenceTests: TmuxTestCase {
    /// Bracketed paste's start and end, rxvt's Shift-F3, a CSI with an intermediate byte whose
    /// final byte is `q` (quit, read as a key), an SS3 keypad key; and Ctrl-↑, which curses knows
    /// with this terminfo entry but not with every one.
    private let unknownSequences = ["[200~", "[201~", "[25~", "[2 q", "Ox", "[1;5A"]

    func testUnknownSequencesInAMenuOpenNothing() throws {
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkit()
        try tmux.waitFor("Case studies of purpose-aligned partnerships", "1 of 6")
        tmux.send("Down")
        let second = try tmux.waitFor("the second item selected") { $0.row(22).hasSuffix("2 of 6") }
        for sequence in unknownSequences {
            tmux.type("\u{1b}" + sequence)
        }
        // A key after them, so the screen is settled past all of them.
        tmux.send("Down")
        let third = try tmux.waitFor("the third item selected") { $0.row(22).hasSuffix("3 of 6") }
        XCTAssertEqual(third.row(0), second.row(0), "the sequences moved to another page\(third)")
        XCTAssertEqual(third.row(23), second.row(23), "\(third)")

        // Esc alone still cancels a prompt, back to exactly where it was opened.
        tmux.type("/plymouth")
        try tmux.waitFor("the search prompt") { $0.row(22).hasPrefix(" /plymouth") }
        tmux.send("Escape")
        let cancelled = try tmux.waitFor("the menu again") { $0.row(22).hasSuffix("3 of 6") && !$0.contains("/plymouth") }
        XCTAssertEqual(cancelled.row(0), second.row(0), "\(cancelled)")

        try tmux.quitAndAssertRestored()
    }

    func testAltRightGoesForwardHoweverItIsSent() throws {
        let tmux = try startTmux(width: 80, height: 24)
        // `screen`'s terminfo lists no modified keys, so curses passes `ESC [1;3C` on as bytes;
        // xterm-256color's lists it (kRIT3), so curses gives it a key code.
        for term in ["xterm-256color", "screen"] {
            try tmux.startToolkit(["--fresh"], term: term)
            try tmux.waitFor("the menu (\(term))") { $0.row(0) == " Toolkit" && $0.row(22).hasSuffix("1 of 6") }
            let ways: [(String, () -> Void)] = [
                ("M-Right", { tmux.send("M-Right") }),
                ("ESC [1;3C", { tmux.type("\u{1b}[1;3C") }),
                // As meta-sends-escape terminals send it: Esc, then what → sends.
                ("Esc before →", { tmux.send("Escape", "Right") }),
            ]
            for (name, sendAltRight) in ways {
                tmux.send("1")
                try tmux.waitFor("the case studies (\(term))") { $0.row(0).hasPrefix(" Toolkit › 1 of 6 · Case studies") }
                tmux.send("Left")
                try tmux.waitFor("back at the menu (\(term))") { $0.row(0).hasPrefix(" Toolkit ") && !$0.row(0).contains("›") }
                sendAltRight()
                try tmux.waitFor("forward again by \(name) (\(term))") { $0.row(0).hasPrefix(" Toolkit › 1 of 6 · Case studies") }
                tmux.send("Left")
                try tmux.waitFor("back at the menu (\(term))") { !$0.row(0).contains("›") && $0.row(22).hasSuffix("1 of 6") }
            }
            tmux.send("q")
            XCTAssertEqual(try tmux.waitForExit().status, 0)
        }
    }
}

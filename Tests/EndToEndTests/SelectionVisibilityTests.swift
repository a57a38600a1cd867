import Foundation
import TestSupport
import XCTest

/// The selected menu item is reversed across its whole row, marker, number and title, in every
/// theme and in terminals with eight colours, none, or `NO_COLOR`: read from the real terminal
/// with `capture-pane -e`, which re-encodes each cell's attributes. The capture is kept as a
/// snapshot with its escapes, a picture of the selection with its attributes at 80x24.
final class SelectionVisibilityTests: TmuxTestCase {
    private static let variants: [(name: String, term: String, environment: [String: String], arguments: [String])] = [
        ("dark", "xterm-256color", [:], ["--theme", "dark"]),
        ("light", "xterm-256color", [:], ["--theme", "light"]),
        ("high-contrast", "xterm-256color", [:], ["--theme", "high-contrast"]),
        ("no-color", "xterm-256color", ["NO_COLOR": "1"], []),
        ("linux", "linux", [:], []),
        ("xterm-mono", "xterm-mono", [:], []),
    ]

    func testTheSelectedRowIsReversedWholeInEveryThemeAndTerminal() throws {
        for variant in Self.variants {
            let tmux = try startTmux(width: 80, height: 24)
            try tmux.startToolkit(["--fresh"] + variant.arguments, term: variant.term, environment: variant.environment)
            _ = try tmux.waitFor("1 of 6")
            tmux.send("Down")
            _ = try tmux.waitFor("2 of 6")
            _ = tmux.settledCapture()
            let captured = tmux.capture(escapes: true).text
            let rows = Self.reversedCells(captured)
            let selected = try XCTUnwrap(rows.firstIndex { $0.text.contains("5 Fundamental Correctives") }, variant.name)
            let row = rows[selected]
            let start = try XCTUnwrap(row.text.firstIndex(of: "›"), "\(variant.name): the marker")
            let end = try XCTUnwrap(row.text.range(of: "Public Service Reform")?.upperBound, variant.name)
            let span = row.text.distance(from: row.text.startIndex, to: start)..<row.text.distance(from: row.text.startIndex, to: end)
            XCTAssertTrue(span.allSatisfy { row.reversed[$0] }, "\(variant.name): marker, number and title all reversed:\n\(row.text)\n\(row.marks)")
            for (index, other) in rows.enumerated() where index != selected && index > 0 && index < 22 {
                XCTAssertFalse(other.reversed.contains(true), "\(variant.name): only the selection is reversed in the body; row \(index): \(other.text)")
            }
            assertSnapshot(captured.replacingOccurrences(of: "\u{1B}", with: "␛"), named: "selection-\(variant.name).80x24")
            if variant.term == "xterm-mono" || variant.term == "linux" {
                // Neither linux nor xterm-mono has an alternate screen, so the shell's screen is not
                // brought back: the exit status is what there is to check.
                tmux.send("q")
                XCTAssertEqual(try tmux.waitForExit().status, 0, variant.name)
            } else {
                try tmux.quitAndAssertRestored()
            }
            tmux.kill()
        }
    }

    /// Each row's text and, per character, whether it is drawn reversed, from `capture-pane -e`.
    static func reversedCells(_ captured: String) -> [(text: String, reversed: [Bool], marks: String)] {
        var rows: [(String, [Bool], String)] = []
        var reverse = false
        for line in captured.split(separator: "\n", omittingEmptySubsequences: false) {
            var text = "", flags: [Bool] = []
            var characters = Array(line)[...]
            while let character = characters.popFirst() {
                guard character == "\u{1B}", characters.first == "[" else {
                    text.append(character)
                    flags.append(reverse)
                    continue
                }
                characters = characters.dropFirst()
                var parameters = ""
                while let next = characters.popFirst(), !next.isLetter { parameters.append(next) }
                for parameter in parameters.split(separator: ";", omittingEmptySubsequences: false) {
                    switch parameter {
                    case "", "0": reverse = false
                    case "7": reverse = true
                    case "27": reverse = false
                    default: break
                    }
                }
            }
            rows.append((text, flags, String(flags.map { $0 ? "R" : " " })))
        }
        return rows
    }
}

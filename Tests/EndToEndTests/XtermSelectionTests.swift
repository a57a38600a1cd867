import Foundation
import XCTest

/// The selected menu item seen as a person at the back of the room sees it: a real xterm draws the
/// menu after ↓, and the pixels of the selected row, number and title alike, are at least twice
/// as bright as those of an unselected row (reversed, on a black background), with colour and
/// under `NO_COLOR`.
final class XtermSelectionTests: TmuxTestCase {
    private var xterm: XtermSession?

    override func tearDown() {
        xterm?.kill()
        xterm = nil
        super.tearDown()
    }

    func testTheSelectedRowIsReversedWholeInThePixels() throws {
        for environment in [[:], ["NO_COLOR": "1"]] {
            let tmux = try startTmux(width: 80, height: 24)
            try tmux.startToolkit(["--fresh"], environment: environment)
            try tmux.waitFor("Case studies of purpose-aligned partnerships", "1 of 6")
            let xterm = try XtermSession(attachingTo: tmux)
            self.xterm = xterm
            tmux.send("Down")
            let screen = try tmux.waitFor("the second item selected") { $0.contains("2 of 6") && $0.lines.contains { $0.hasPrefix("› 2") } }
            let selected = try XCTUnwrap(screen.lines.firstIndex { $0.hasPrefix("› 2") })
            let other = try XCTUnwrap(screen.lines.firstIndex { $0.hasPrefix("  3") })
            // Let xterm catch up with what tmux already shows.
            usleep(500_000)
            let shot = try xterm.screenshot(to: FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-selection-\(UUID().uuidString.prefix(8)).png"))
            let number = try xterm.brightness(of: shot, row: selected, column: 0, width: 4)
            let title = try xterm.brightness(of: shot, row: selected, column: 5, width: 40)
            let unselected = try xterm.brightness(of: shot, row: other, column: 0, width: 45)
            XCTAssertGreaterThan(number, 2 * unselected, "the number is reversed \(environment): \(number) against \(unselected)")
            XCTAssertGreaterThan(title, 2 * unselected, "the title is reversed \(environment): \(title) against \(unselected)")
            xterm.kill()
            self.xterm = nil
            try tmux.quitAndAssertRestored()
        }
    }
}

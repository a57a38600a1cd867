import Layout
import Navigation
import Rendering
import TestSupport
import XCTest

/// The hardware cursor sits where the next letter typed goes, after ← or Ctrl-A too, and a line
/// longer than the window keeps the cursor's place in view.
final class PromptCursorTests: XCTestCase {
    private func typing(_ text: String, width: Int = 80) -> State {
        var state = reduce(State(catalog: Fixture.catalog, size: Size(columns: width, rows: 24)), .key(.character("/"))).state
        for character in text { state = reduce(state, .key(.character(character))).state }
        return state
    }

    func testTheCursorFollowsTheArrowsAndTheLineShowsWhatIsAfterIt() {
        let typed = typing("part one")
        XCTAssertEqual([render(typed).cursor.row, render(typed).cursor.column], [22, 10])
        let moved = reduce(reduce(reduce(typed, .key(.left)).state, .key(.left)).state, .key(.left)).state
        XCTAssertEqual([render(moved).cursor.row, render(moved).cursor.column], [22, 7])
        XCTAssertTrue(render(moved).text.split(separator: "\n", omittingEmptySubsequences: false)[22].hasPrefix(" /part one"))
        let start = reduce(typed, .key(.control("a"))).state
        XCTAssertEqual([render(start).cursor.row, render(start).cursor.column], [22, 2])
    }

    func testALongLineKeepsTheCursorOnScreen() {
        let typed = typing(String(repeating: "word ", count: 12), width: 30)
        XCTAssertLessThan(render(typed).cursor.column, 30)
        let start = reduce(typed, .key(.control("a"))).state
        XCTAssertEqual(render(start).cursor.column, 2)
        XCTAssertTrue(render(start).text.split(separator: "\n", omittingEmptySubsequences: false)[22].hasPrefix(" /word word"))
    }
}

import Catalog
import Navigation
import Rendering
import Runtime
import TestSupport
import XCTest

/// A presenter run with a workbook keeps what the room said when a question closes, stamped by
/// the loop; a workbook that refuses is named on the presenter's footer; without one nothing is
/// kept and nothing is said.
final class RoomResultLoopTests: XCTestCase {
    private static let catalog = Fixture.load([
        Fixture.root,
        Fixture.page("check.md", frontMatter: "title: Checklist\norder: 1", body: "- [ ] Do we share risk?\n- [ ] Do we meet every month?"),
    ])
    private let size = Size(columns: 80, rows: 24)
    /// `a` opens the picker, Enter asks the first item, `a` closes it, `q` quits.
    private let askAndClose: [[Event]] = [[.key(.character("a"))], [.key(.enter)], [.key(.character("a"))], [.key(.character("q"))]]

    private func run(store: MemoryAnswerStore?) -> MemoryTerminal {
        let terminal = MemoryTerminal(size: size, script: askAndClose)
        let presentation = Presentation(catalog: Self.catalog, window: size, start: PageID("check"))
        _ = EventLoop.run(presentation, view: render, on: terminal, store: store, stopRequest: { nil }, clock: { 0 })
        return terminal
    }

    func testAClosedQuestionIsKeptWithItsCountsAndTheTime() throws {
        let store = MemoryAnswerStore()
        let terminal = run(store: store)
        let kept = try XCTUnwrap(store.roomResults.first)
        XCTAssertEqual(store.roomResults.count, 1)
        XCTAssertEqual(kept.text, "Do we share risk?")
        XCTAssertEqual(kept.choices, ["yes", "partly", "no", "not applicable"])
        XCTAssertEqual(kept.counts, [0, 0, 0, 0])
        XCTAssertGreaterThan(kept.closedAt, 1_700_000_000, "the loop stamps the time")
        XCTAssertFalse(terminal.lastScreen.contains("not kept"))
    }

    func testAWorkbookThatRefusesIsNamedOnTheFooter() {
        let terminal = run(store: MemoryAnswerStore(failure: "disk I/O error"))
        let closed = terminal.frames[3].screen.text
        XCTAssertTrue(closed.contains("not kept in the workbook: disk I/O error"), closed)
    }

    func testWithoutAWorkbookNothingIsKeptAndNothingIsSaid() {
        let terminal = run(store: nil)
        XCTAssertFalse(terminal.frames[3].screen.text.contains("not kept"), terminal.frames[3].screen.text)
    }
}

import Catalog
import Navigation
import Rendering
import Runtime
import TestSupport
import XCTest

/// The loop carries out the workbook's effects through a store (here one in memory) before it
/// draws, and reports back: the first frame on a menu never opens the workbook, an answer is kept
/// before the screen shows it, and a store that refuses leaves the answer on screen marked "not
/// saved" with the reason on the status line, and the session quits cleanly.
final class AnswerLoopTests: XCTestCase {
    private static let catalog = Fixture.load([
        Fixture.root,
        Fixture.page("check.md", frontMatter: "title: Checklist\norder: 1", body: "- [ ] Do we share risk?\n- [ ] Do we meet every month?"),
        Fixture.page("guide.md", frontMatter: "title: Guide\norder: 2", body: "No items here."),
    ])
    private let size = Size(columns: 80, rows: 24)

    private func run(_ script: [[Event]], from start: PageID = PageID("check"), store: MemoryAnswerStore,
                     workbook: WorkbookAnswers = WorkbookAnswers()) -> (EventLoop.Outcome<State>, MemoryTerminal) {
        let terminal = MemoryTerminal(size: size, script: script)
        let initial = State(catalog: Self.catalog, size: size, start: start, workbook: workbook)
        return (EventLoop.run(initial, view: render, on: terminal, store: store, stopRequest: { nil }, clock: { 0 }), terminal)
    }

    func testTheMenuNeverOpensTheWorkbookAndAPageWithItemsOpensItOnce() {
        let store = MemoryAnswerStore()
        let (_, terminal) = run([[.key(.down)], [.key(.character("q"))]], from: .root, store: store)
        XCTAssertEqual(store.reads, 0)
        XCTAssertEqual(terminal.frames.count, 2)
        let page = MemoryAnswerStore()
        _ = run([[.key(.tab)], [.key(.character("x"))], [.key(.character("q"))]], store: page)
        XCTAssertEqual(page.reads, 1)
    }

    func testAnAnswerAndANoteAreKeptBeforeTheScreenShowsThem() throws {
        let store = MemoryAnswerStore()
        let (outcome, terminal) = run([
            [.key(.tab)], [.key(.character("x"))], [.key(.character("x"))],
            [.key(.character("a"))], [.pasted("Only for capital works")], [.key(.enter)], [.key(.character("q"))],
        ], store: store)
        let key = TaskItem.key(for: "Do we share risk?")
        let kept = try XCTUnwrap(store.kept[PageID("check")]?[key])
        XCTAssertEqual(kept.choice, .partly)
        XCTAssertEqual(kept.note, "Only for capital works")
        XCTAssertGreaterThan(kept.changedAt, 1_700_000_000, "the loop stamps the time")
        XCTAssertEqual(outcome.program.workbook.unsaved, [:])
        XCTAssertTrue(terminal.frames[2].screen.text.contains("[✓] Do we share risk?"), "the first x's frame")
        XCTAssertTrue(terminal.lastScreen.contains("Only for capital works"))
        XCTAssertFalse(terminal.lastScreen.contains("not saved"))
    }

    func testAStoreThatRefusesLeavesTheAnswerOnScreenMarkedNotSavedAndQuitsCleanly() {
        let store = MemoryAnswerStore(failure: "attempt to write a readonly database")
        let (outcome, terminal) = run([[.key(.tab)], [.key(.character("x"))], [.key(.character("q"))]], store: store)
        let screen = terminal.frames[2].screen.text
        XCTAssertTrue(screen.contains("[✓] Do we share risk?"), screen)
        XCTAssertTrue(screen.contains("not saved"), screen)
        XCTAssertTrue(screen.contains("Not saved: attempt to write a readonly database"), "the status line says why:\n\(screen)")
        XCTAssertEqual(store.kept, [:])
        XCTAssertTrue(outcome.program.isFinished)
        XCTAssertTrue(terminal.isStopped)
    }

    func testAWorkbookThatCannotBeOpenedSaysWhyAndTakesNoAnswers() {
        let store = MemoryAnswerStore(failure: "workbooks.sqlite3: file is not a database", failsToOpen: true)
        let (_, terminal) = run([[.key(.tab)], [.key(.character("x"))], [.key(.character("q"))]], store: store)
        XCTAssertTrue(terminal.frames[0].screen.text.contains("Answers cannot be kept: workbooks.sqlite3: file is not a database"))
        XCTAssertTrue(terminal.frames[2].screen.text.contains("[ ] Do we share risk?"))
    }

    func testAWorkbookNamedAtStartIsReadBeforeTheFirstFrameAndNamedOnTheTopLine() {
        let store = MemoryAnswerStore()
        let (_, terminal) = run([[.key(.character("q"))]], from: .root, store: store, workbook: WorkbookAnswers(name: "north", opensAtStart: true))
        XCTAssertEqual(store.reads, 1)
        XCTAssertTrue(terminal.frames[0].screen.text.split(separator: "\n")[0].contains("Workbook: north"))
        XCTAssertTrue(terminal.frames[0].screen.text.contains("Checklist · 0 of 2 answered"), terminal.frames[0].screen.text)
    }

    func testAnotherSessionsAnswerIsShownAfterTheNextKey() {
        let store = MemoryAnswerStore()
        let item = Self.catalog[PageID("check")].taskItems[1]
        let theirs = ItemAnswer(pageID: item.page, itemKey: item.key, itemText: item.text, choice: .no, note: "from the other room", changedAt: 5)
        let terminal = MemoryTerminal(size: size, script: [[.key(.tab)], [.key(.down)], [.key(.character("q"))]])
        var writtenElsewhere = false
        let initial = State(catalog: Self.catalog, size: size, start: PageID("check"))
        // The other session writes between the first key and the second.
        _ = EventLoop.run(initial, view: render, on: terminal, store: store, stopRequest: {
            if terminal.frames.count == 2, !writtenElsewhere {
                store.saveFromAnotherSession(theirs)
                writtenElsewhere = true
            }
            return nil
        }, clock: { 0 })
        XCTAssertFalse(terminal.frames[1].screen.text.contains("[✗] Do we meet every month?"))
        XCTAssertTrue(terminal.frames[2].screen.text.contains("[✗] Do we meet every month?"), terminal.frames[2].screen.text)
        XCTAssertTrue(terminal.frames[2].screen.text.contains("Note: from the other room"))
    }
}

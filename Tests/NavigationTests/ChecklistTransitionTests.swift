import Catalog
import Layout
@testable import Navigation
import TestSupport
import XCTest

/// Answering checklist items on a page: Tab stops at them among the links, `x` cycles the
/// answer, `a` writes a note in a one-line editor (every key of it here), the workbook is asked
/// for only when a page with items is shown, and what the loop reports back is shown.
final class ChecklistTransitionTests: XCTestCase {
    static let catalog = Fixture.load([
        Fixture.root,
        Fixture.page("check.md", frontMatter: "title: Checklist\norder: 1", body: """
            Read [the guide](guide.md) first.

            - [ ] Do we share risk?
            - [ ] Do we meet every month?

            Then see [the guide](guide.md) again.
            """),
        Fixture.page("guide.md", frontMatter: "title: Guide\norder: 2", body: "No items here."),
    ])
    private let size = Size(columns: 80, rows: 24)
    private let check = PageID("check")
    private var risk: TaskItem { Self.catalog[check].taskItems[0] }

    /// The checklist page with the workbook read (holding `answers`) and item `item` selected.
    private func loaded(_ answers: [ItemAnswer] = [], selecting item: Int? = 0, workbook: WorkbookAnswers = WorkbookAnswers()) -> State {
        var state = State(catalog: Self.catalog, size: size, start: check, workbook: workbook)
        state = reduce(state, .resized(size)).state
        state = reduce(state, .answersLoaded(answers)).state
        if let item { state.place.focus = state.document.targets.firstIndex { $0.action == .answer(item: item) } }
        return state
    }

    private func answer(_ choice: AnswerChoice?, note: String = "", to item: TaskItem? = nil, at time: Int64 = 0) -> ItemAnswer {
        let item = item ?? risk
        return ItemAnswer(pageID: item.page, itemKey: item.key, itemText: item.text, choice: choice, note: note, changedAt: time)
    }

    func testTheMenuNeverAsksForTheWorkbookAndThePageWithItemsAsksOnce() {
        let menu = State(catalog: Self.catalog, size: size)
        assertTransition(menu, .resized(size), effects: [.repaint])
        let guide = State(catalog: Self.catalog, size: size, start: PageID("guide"))
        assertTransition(guide, .key(.down))
        let page = State(catalog: Self.catalog, size: size, start: check)
        let asked = assertTransition(page, .resized(size), effects: [.repaint, .loadAnswers]) { $0.workbook.isRequested = true }
        assertTransition(asked, .resized(size), effects: [.repaint])
        let reached = assertTransition(reduce(menu, .resized(size)).state, .key(.character("1")), effects: [.loadAnswers]) {
            $0.history = [menu.place]
            $0.go(to: self.check, anchor: nil)
            $0.workbook.isRequested = true
        }
        XCTAssertTrue(reached.showsItems)
    }

    func testAWorkbookNamedOnTheCommandLineIsReadAtStartEvenOnTheMenu() {
        let menu = State(catalog: Self.catalog, size: size, workbook: WorkbookAnswers(name: "north", opensAtStart: true))
        assertTransition(menu, .resized(size), effects: [.repaint, .loadAnswers]) { $0.workbook.isRequested = true }
    }

    func testAPageAPresentationOpensNeverAsksForTheWorkbookAndSaysWhereAnswersAreKept() {
        var page = State(catalog: Self.catalog, size: size, start: check, workbook: .notKept)
        page = assertTransition(page, .resized(size), effects: [.repaint])
        page = assertTransition(page, .key(.tab)) { $0.place.focus = 0 }
        page = assertTransition(page, .key(.tab)) { $0.place.focus = 1 }
        assertTransition(page, .key(.character("x"))) { $0.notice = "Answers are kept when browsing, not while presenting." }
    }

    func testTabStopsAtItemsAndLinksInDocumentOrder() {
        var state = loaded(selecting: nil)
        XCTAssertEqual(state.document.targets.prefix(4).map(\.action), [
            .open(PageID("guide"), anchor: nil), .answer(item: 0), .answer(item: 1), .open(PageID("guide"), anchor: nil),
        ])
        // Once the workbook is read, every key on a page with items asks whether another session
        // has changed it, so what is shown after the key is current.
        for focus in 0..<4 { state = assertTransition(state, .key(.tab), effects: [.refreshAnswers]) { $0.place.focus = focus } }
        state = assertTransition(state, .key(.backTab), effects: [.refreshAnswers]) { $0.place.focus = 2 }
        XCTAssertEqual(state.focusedItem?.text, "Do we meet every month?")
        assertTransition(state, .key(.enter), effects: [.refreshAnswers]) { $0.notice = "x answers this checklist item; a writes a note on it." }
    }

    func testXCyclesTheAnswerShowsItAtOnceAndAsksToKeepEachStep() {
        var state = loaded()
        var choice: AnswerChoice? = nil
        for _ in 0..<5 {
            choice = AnswerChoice.next(after: choice)
            let next = answer(choice)
            state = assertTransition(state, .key(.character("x")), effects: [.save(next), .refreshAnswers]) {
                $0.workbook.set(next)
                $0.layOutAnswers()
            }
            XCTAssertEqual(state.answer(to: risk)?.choice, choice)
            XCTAssertTrue(state.document.lines.contains { $0.text.contains(AnswerChoice.mark(for: choice) + " Do we share risk?") },
                          "the mark \(AnswerChoice.mark(for: choice)) is drawn")
        }
        XCTAssertNil(choice, "five presses come back to unanswered")
    }

    func testXWithoutAnItemOrBeforeTheWorkbookIsReadOrWhenItCannotBeReadSaysWhy() {
        assertTransition(loaded(selecting: nil), .key(.character("x")), effects: [.refreshAnswers]) { $0.notice = "Select a checklist item first: Tab moves to the next one." }
        var unread = State(catalog: Self.catalog, size: size, start: check)
        unread = reduce(unread, .resized(size)).state
        unread.place.focus = 1
        assertTransition(unread, .key(.character("x"))) { $0.notice = "The workbook is still opening." }
        let broken = assertTransition(unread, .answersNotLoaded(reason: "workbooks.sqlite3 is not a database")) {
            $0.workbook.problem = "workbooks.sqlite3 is not a database"
            $0.notice = "Answers cannot be kept: workbooks.sqlite3 is not a database"
        }
        assertTransition(broken, .key(.character("a"))) { $0.notice = "Answers cannot be kept: workbooks.sqlite3 is not a database" }
    }

    func testLoadedAnswersAndNotesAreShownOnTheirItems() {
        let state = loaded([answer(.partly, note: "Only for capital works")])
        let text = state.document.lines.map(\.text)
        XCTAssertTrue(text.contains { $0.contains("[~] Do we share risk?") }, text.joined(separator: "\n"))
        XCTAssertTrue(text.contains { $0.contains("Only for capital works") })
        XCTAssertTrue(text.contains { $0.contains("[ ] Do we meet every month?") })
    }

    func testANoteIsWrittenWithEveryKeyOfTheEditorAndKeptWithEnter() {
        var state = assertTransition(loaded([answer(.yes, note: "ab")]), .key(.character("a"))) { $0.noteEditor = NoteEditor(item: 0, note: "ab") }
        XCTAssertEqual(state.context, .note)
        XCTAssertEqual(state.noteEditor?.caret, 2)
        func press(_ key: Key, _ change: (inout NoteEditor) -> Void, text: String, caret: Int, line: UInt = #line) {
            state = assertTransition(state, .key(key), line: line) { change(&$0.noteEditor!) }
            XCTAssertEqual(state.noteEditor?.text, text, "after \(key)", line: line)
            XCTAssertEqual(state.noteEditor?.caret, caret, "after \(key)", line: line)
        }
        press(.character("ç"), { $0.insert("ç") }, text: "abç", caret: 3)
        press(.character("宽"), { $0.insert("宽") }, text: "abç宽", caret: 4)
        press(.left, { $0.moveLeft() }, text: "abç宽", caret: 3)
        press(.backspace, { $0.deleteBackward() }, text: "ab宽", caret: 2)
        press(.home, { $0.moveToStart() }, text: "ab宽", caret: 0)
        press(.left, { $0.moveLeft() }, text: "ab宽", caret: 0)
        press(.backspace, { $0.deleteBackward() }, text: "ab宽", caret: 0)
        press(.delete, { $0.deleteForward() }, text: "b宽", caret: 0)
        press(.right, { $0.moveRight() }, text: "b宽", caret: 1)
        press(.control("d"), { $0.deleteForward() }, text: "b", caret: 1)
        press(.delete, { $0.deleteForward() }, text: "b", caret: 1)
        press(.right, { $0.moveRight() }, text: "b", caret: 1)
        press(.control("a"), { $0.moveToStart() }, text: "b", caret: 0)
        press(.end, { $0.moveToEnd() }, text: "b", caret: 1)
        state = assertTransition(state, .pasted("ig old\tline\n\u{1b}[31mto\u{7}day  ")) { $0.noteEditor!.insert("ig old\tline\n\u{1b}[31mto\u{7}day  ") }
        XCTAssertEqual(state.noteEditor?.text, "big old line [31mtoday  ", "tabs and line breaks become spaces, other controls go")
        press(.control("w"), { $0.deleteWordBackward() }, text: "big old line ", caret: 13)
        press(.home, { $0.moveToStart() }, text: "big old line ", caret: 0)
        press(.control("e"), { $0.moveToEnd() }, text: "big old line ", caret: 13)
        press(.left, { $0.moveLeft() }, text: "big old line ", caret: 12)
        press(.left, { $0.moveLeft() }, text: "big old line ", caret: 11)
        press(.left, { $0.moveLeft() }, text: "big old line ", caret: 10)
        press(.left, { $0.moveLeft() }, text: "big old line ", caret: 9)
        press(.left, { $0.moveLeft() }, text: "big old line ", caret: 8)
        press(.control("u"), { $0.deleteToStart() }, text: "line ", caret: 0)
        state = assertTransition(state, .key(.control("l")), effects: [.repaint])
        state = assertTransition(state, .key(.tab), line: #line)
        state = assertTransition(state, .key(.character("q"))) { $0.noteEditor!.insert("q") }
        XCTAssertFalse(state.isFinished, "q is typed, not quit")
        let kept = answer(.yes, note: "qline")
        state = assertTransition(state, .key(.enter), effects: [.save(kept), .refreshAnswers]) {
            $0.noteEditor = nil
            $0.workbook.set(kept)
            $0.layOutAnswers()
        }
        XCTAssertTrue(state.document.lines.contains { $0.text.contains("qline") }, "the note shows under the item")
    }

    func testEscCancelsTheNoteAndEnterWithoutAChangeKeepsNothing() {
        let open = reduce(loaded([answer(nil, note: "kept")]), .key(.character("a"))).state
        let typed = reduce(open, .key(.character("!"))).state
        assertTransition(typed, .key(.escape), effects: [.refreshAnswers]) { $0.noteEditor = nil }
        assertTransition(open, .key(.enter), effects: [.refreshAnswers]) { $0.noteEditor = nil }
        let spaced = reduce(reduce(open, .key(.character(" "))).state, .key(.character(" "))).state
        assertTransition(spaced, .key(.enter), effects: [.refreshAnswers]) { $0.noteEditor = nil }
    }

    func testANoteIsCutAtItsLongestAndPastingElsewhereOnThePageDoesNothing() {
        let open = reduce(loaded(), .key(.character("a"))).state
        let pasted = reduce(open, .pasted(String(repeating: "é", count: NoteEditor.maximumLength + 50))).state
        XCTAssertEqual(pasted.noteEditor?.characters.count, NoteEditor.maximumLength)
        assertTransition(loaded(), .pasted("x"))
    }

    func testPastingIntoTheSearchPromptTypesTheTextOnOneLine() {
        let prompt = reduce(loaded(), .key(.character("/"))).state
        let pasted = reduce(prompt, .pasted("share\nrisk")).state
        XCTAssertEqual(pasted.prompt?.text, "share risk")
    }

    func testAnAnswerNotKeptStaysOnScreenMarkedAndTheStatusSaysWhyUntilItIsKept() {
        let state = reduce(loaded(), .key(.character("x"))).state
        let shown = answer(.yes, at: 1_700_000_000)
        let refused = assertTransition(state, .notSaved(shown, reason: "the disk is full")) {
            $0.workbook.markUnsaved(shown, reason: "the disk is full")
            $0.notice = "Not saved: the disk is full"
            $0.layOutAnswers()
        }
        XCTAssertEqual(refused.answer(to: risk)?.choice, .yes, "the answer stays on screen")
        XCTAssertTrue(refused.document.lines.contains { $0.text.contains("not saved") }, refused.document.lines.map(\.text).joined(separator: "\n"))
        let kept = assertTransition(refused, .saved(shown)) {
            $0.workbook.markSaved(shown)
            $0.layOutAnswers()
        }
        XCTAssertEqual(kept.workbook.unsaved, [:])
        XCTAssertEqual(kept.answer(to: risk)?.changedAt, 1_700_000_000)
        XCTAssertFalse(kept.document.lines.contains { $0.text.contains("not saved") })
    }

    func testAnswersReadAgainReplaceThoseShownButAnAnswerNotSavedStaysAsShown() {
        let meet = Self.catalog[check].taskItems[1]
        var state = reduce(loaded([answer(.no, to: meet)]), .key(.character("x"))).state
        state = reduce(state, .notSaved(answer(.yes), reason: "the disk is full")).state
        let fromElsewhere = [answer(.partly, note: "theirs", to: meet), answer(.no)]
        let refreshed = assertTransition(state, .answersLoaded(fromElsewhere)) {
            $0.workbook.byPage![self.check]![meet.key] = fromElsewhere[0]
            $0.layOutAnswers()
        }
        XCTAssertEqual(refreshed.answer(to: risk)?.choice, .yes, "the answer not saved stays as the reader gave it")
        XCTAssertTrue(refreshed.document.lines.contains { $0.text.contains("[~] Do we meet every month?") })
        XCTAssertTrue(refreshed.document.lines.contains { $0.text.contains("Note: theirs") })
    }

    func testAStaleSaveReportDoesNotClearTheMarkOfALaterAnswer() {
        var state = reduce(loaded(), .key(.character("x"))).state
        state = reduce(state, .notSaved(answer(.yes), reason: "read-only")).state
        state = reduce(state, .key(.character("x"))).state
        assertTransition(state, .saved(answer(.yes))) { $0.layOutAnswers() }
    }
}

/// What the reader is told of a workbook that could not keep answers: briefly on the status line,
/// in full when the session ends.
final class WorkbookReasonTests: XCTestCase {
    func testTheStatusLineNamesTheFileAndTheEndNoteGivesItsPath() {
        XCTAssertEqual(WorkbookAnswers.brief("/home/ann/.local/share/toolkit/workbooks.sqlite3: disk I/O error (No space left on device)"),
                       "workbooks.sqlite3: disk I/O error (No space left on device)")
        XCTAssertEqual(WorkbookAnswers.brief("no workbook named \"a/b\""), "no workbook named \"a/b\"")
        var workbook = WorkbookAnswers()
        XCTAssertNil(workbook.endNote)
        let answer = ItemAnswer(pageID: PageID("check"), itemKey: "k", itemText: "K?", choice: .yes, changedAt: 0)
        workbook.markUnsaved(answer, reason: "/data/workbooks.sqlite3: full")
        XCTAssertEqual(workbook.endNote, "an answer shown as not saved was not kept: /data/workbooks.sqlite3: full")
        workbook.problem = "/data/workbooks.sqlite3: not a database"
        XCTAssertEqual(workbook.endNote, "answers could not be kept: /data/workbooks.sqlite3: not a database")
    }
}

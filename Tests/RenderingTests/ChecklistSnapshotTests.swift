import Catalog
import Layout
@testable import Navigation
@testable import Rendering
import TestSupport
import XCTest

/// A checklist page with answered items, a note, an answer not saved and one selected, at 80x24
/// and 40x12, in Unicode and in the ASCII a non-UTF-8 locale gets; the marks tell the answers
/// apart without colour (what `NO_COLOR` leaves), so the text alone is the snapshot. Also the note
/// editor on the status line, the workbook's name on the top line, and a menu's progress.
final class ChecklistSnapshotTests: XCTestCase {
    static let catalog = Fixture.load([
        Fixture.root,
        Fixture.page("tools/index.md", frontMatter: "title: Tools\norder: 1", body: "Things to use."),
        Fixture.page("tools/check.md", frontMatter: "title: Partnership checklist\nsummary: Answer it as you go\norder: 1", body: """
            Answer each question for your partnership. See [the guide](../guide.md).

            ## Shared purpose

            - [ ] Do we agree what the partnership is for?
            - [ ] Do we share risk between commissioner and provider, fairly and in writing?
            - [ ] Do we meet every month?
            - [ ] Do we publish what we learn?
            - [ ] Do we review the contract together?
            """),
        Fixture.page("guide.md", frontMatter: "title: Guide\norder: 2", body: "No items here."),
    ])
    private let check = PageID("tools/check")

    private func answered(_ size: Size, glyphs: Glyphs = .unicode, workbook: String = WorkbookAnswers.defaultName) -> State {
        let items = Self.catalog[check].taskItems
        func answer(_ index: Int, _ choice: AnswerChoice?, note: String = "") -> ItemAnswer {
            ItemAnswer(pageID: check, itemKey: items[index].key, itemText: items[index].text, choice: choice, note: note, changedAt: 1)
        }
        var state = State(catalog: Self.catalog, size: size, glyphs: glyphs, start: check, workbook: WorkbookAnswers(name: workbook))
        state = reduce(state, .answersLoaded([
            answer(0, .yes), answer(1, .partly, note: "Only for capital works \u{1b}[2J<b>so far</b>"), answer(2, .no), answer(3, .no),
        ])).state
        for _ in 0..<4 { state = reduce(state, .key(.tab)).state }
        state = reduce(state, .key(.character("x"))).state
        state = reduce(state, .notSaved(answer(2, .notApplicable, note: ""), reason: "the disk is full")).state
        return state
    }

    private func assertScreen(_ state: State, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        let screen = render(state)
        for row in screen.rows {
            XCTAssertLessThanOrEqual(row.reduce(0) { $0 + $1.width }, state.size.columns, file: file, line: line)
        }
        XCTAssertFalse(screen.text.contains("\u{1b}"), "no escape reaches the screen", file: file, line: line)
        assertSnapshot(screen.text, named: "\(name).\(state.size)", file: file, line: line)
    }

    func testAnsweredChecklist() {
        for size in [Size(columns: 80, rows: 24), Size(columns: 40, rows: 12)] {
            assertScreen(answered(size), named: "checklist-answered")
        }
    }

    func testAnsweredChecklistInASCII() {
        assertScreen(answered(Size(columns: 80, rows: 24), glyphs: .ascii), named: "checklist-answered-ascii")
    }

    func testTheNoteEditorOnTheStatusLineKeepsTheCaretInView() {
        var state = answered(Size(columns: 40, rows: 12))
        state = reduce(state, .key(.character("a"))).state
        state = reduce(state, .pasted("Une note assez longue, écrite en 宽字符 pour voir")).state
        for _ in 0..<8 { state = reduce(state, .key(.left)).state }
        let screen = render(state)
        assertScreen(state, named: "checklist-note-editor")
        XCTAssertEqual(screen.cursor.row, 10, "the cursor is on the status line")
    }

    func testTheTopLineNamesAWorkbookOtherThanTheDefault() {
        let named = render(answered(Size(columns: 80, rows: 24), workbook: "North\u{1b}[31m partnership")).text
        XCTAssertTrue(named.split(separator: "\n")[0].contains("Workbook: North"), named)
        XCTAssertFalse(render(answered(Size(columns: 80, rows: 24))).text.split(separator: "\n")[0].contains("Workbook"))
    }

    func testMenusShowProgressOnceTheWorkbookIsRead() {
        var menu = State(catalog: Self.catalog, size: Size(columns: 80, rows: 24))
        XCTAssertFalse(render(menu).text.contains("answered"), "no progress before the workbook is read")
        let state = answered(Size(columns: 80, rows: 24))
        menu = reduce(menu, .answersLoaded(state.workbook.byPage!.values.flatMap(\.values))).state
        assertScreen(menu, named: "checklist-progress-root-menu")
        let section = reduce(menu, .key(.character("1"))).state
        XCTAssertTrue(render(section).text.contains("Partnership checklist · 4 of 5 answered"), render(section).text)
    }
}

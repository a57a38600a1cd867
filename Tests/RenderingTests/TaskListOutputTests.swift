import Catalog
import Layout
@testable import Navigation
@testable import Rendering
import TestSupport
import XCTest

/// Task-list items drawn as boxes everywhere: on screen and in `show` as `[ ]`/`[x]` before the
/// item's text with a hanging indent, in Markdown as `- [ ]`, in HTML as a disabled checkbox;
/// never as a literal `[ ]` in a paragraph.
final class TaskListOutputTests: XCTestCase {
    private let catalog = Fixture.checklistCatalog
    private let checklist = PageID("tools/checklist")

    private func screen(_ size: Size, keys: [Key] = []) -> String {
        let state = keys.reduce(State(catalog: catalog, size: size, glyphs: .unicode, start: checklist)) { reduce($0, .key($1)).state }
        let screen = render(state)
        for row in screen.rows { XCTAssertLessThanOrEqual(row.reduce(0) { $0 + $1.width }, size.columns) }
        return screen.text
    }

    func testTheChecklistOnScreen() {
        assertSnapshot(screen(Size(columns: 80, rows: 24)), named: "checklist-fixture.80x24")
        // At 40x12 the first screen is all introduction: a page down reaches the boxes.
        assertSnapshot(screen(Size(columns: 40, rows: 12), keys: [.pageDown]), named: "checklist-fixture-page-down.40x12")
    }

    func testABoxStandsWhereTheBulletWouldAndItsTextHangsUnderTheText() {
        let text = screen(Size(columns: 40, rows: 40))
        XCTAssertTrue(text.contains(" [ ] Do we agree what the partnership\n     is for?"), text)
        XCTAssertTrue(text.contains(" [x] Do we meet as partners, not as\n     buyer and seller"), text)
        XCTAssertTrue(text.contains(" •   A plain bullet\n     [ ] Do we know who holds each\n         risk?"), text)
        XCTAssertFalse(text.contains("• [ ]"), "a task item has a box, not a bullet as well")
    }

    func testABoxIsStyledAsTextNotAsAMutedMarker() {
        let state = State(catalog: catalog, size: Size(columns: 80, rows: 24), glyphs: .unicode, start: checklist)
        let box = render(state).rows.flatMap { $0 }.first { $0.text.hasPrefix("[ ]") }
        XCTAssertEqual(box?.style, Style(.text, bold: true))
    }

    func testShowPrintsBoxesAndNumbersTheLinkInAnItem() {
        let text = PlainText(catalog: catalog, width: 60, glyphs: .unicode).page(checklist)
        assertSnapshot(text, named: "show-checklist.60")
        XCTAssertTrue(text.contains("[ ] Do we read the second principle[1] together?"), text)
        XCTAssertTrue(text.contains("[ ] Do we share risk?"), text)
        XCTAssertEqual(PlainText(catalog: catalog, width: 60, glyphs: .ascii).page(checklist).components(separatedBy: "[ ] Do we").count - 1, 4,
                       "the same boxes without UTF-8")
    }

    func testMarkdownKeepsTheTaskListSyntax() {
        let markdown = MarkdownExport.page(checklist, in: catalog)
        XCTAssertTrue(markdown.contains("\n- [ ] Do we agree what the partnership is **for**?\n"), markdown)
        XCTAssertTrue(markdown.contains("\n- [x] Do we meet as partners"), markdown)
    }

    func testHTMLDrawsADisabledCheckboxForEachItem() throws {
        let html = HTMLHandout.document(from: checklist, in: catalog, all: false)
        let inputs = try HTMLTags(html).all.filter { $0.name == "input" }
        XCTAssertEqual(inputs.count, 5, html)
        XCTAssertEqual(inputs.map { $0.attributes["type"] }, Array(repeating: "checkbox", count: 5))
        XCTAssertTrue(inputs.allSatisfy { $0.attributes["disabled"] != nil }, "a handout's boxes are drawn, not answered")
        XCTAssertEqual(inputs.map { $0.attributes["checked"] != nil }, [false, true, false, false, false])
        XCTAssertFalse(html.contains("[ ]"), "no literal box left in the text")
        XCTAssertFalse(html.contains("[x]"))
        XCTAssertTrue(HandoutStylesheet.css.contains("input[type=checkbox]"), "the boxes are styled for print\n\(html)")
    }
}

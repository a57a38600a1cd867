import BuiltinContent
import Catalog
import Layout
@testable import Navigation
@testable import Rendering
import TestSupport
import XCTest

/// The built-in partnership checklist drawn as boxes on screen, in `show` and in HTML, and a
/// principle's footer naming the next principle first (issue 22).
final class ChecklistPageTests: XCTestCase {
    private static let builtin: Catalog = {
        guard case let .success(catalog) = CatalogLoader.load(BuiltinContent.files) else { fatalError("built-in content does not load") }
        return catalog
    }()
    private let checklist = PageID("tools/partnership-checklist")

    private func screen(_ id: PageID, _ size: Size, keys: [Key] = []) -> String {
        let state = keys.reduce(State(catalog: Self.builtin, size: size, glyphs: .unicode, start: id)) { reduce($0, .key($1)).state }
        let screen = render(state)
        for row in screen.rows { XCTAssertLessThanOrEqual(row.reduce(0) { $0 + $1.width }, size.columns) }
        return screen.text
    }

    func testTheChecklistOnScreen() {
        let wide = screen(checklist, Size(columns: 80, rows: 24))
        assertSnapshot(wide, named: "checklist.80x24")
        XCTAssertTrue(wide.contains("\n  [ ] Do we "), wide)
        let narrow = screen(checklist, Size(columns: 40, rows: 12), keys: [.pageDown, .pageDown])
        assertSnapshot(narrow, named: "checklist-page-down.40x12")
        XCTAssertTrue(narrow.contains("[ ] Do we"), narrow)
    }

    func testEveryItemIsATaskDrawnWithItsBox() {
        let items = Self.builtin[checklist].taskItems
        XCTAssertGreaterThanOrEqual(items.count, 18, "two or more per principle")
        XCTAssertTrue(items.allSatisfy { $0.text.hasPrefix("Do we") && !$0.checked }, "\(items.map(\.text))")
        XCTAssertEqual(Set(items.map(\.key)).count, items.count, "each item has its own key, so an answer finds its item")
        XCTAssertTrue(items.contains { $0.heading == "Principle 9: Flexibility" })
        let text = PlainText(catalog: Self.builtin, width: 80, glyphs: .unicode).page(checklist)
        XCTAssertEqual(text.components(separatedBy: "\n[ ] Do we").count - 1, items.count, text)
        XCTAssertFalse(text.contains("• [ ]"), "a box, not a bullet and a literal box")
    }

    func testTheChecklistInHTMLHasACheckboxPerItem() throws {
        let html = HTMLHandout.document(from: checklist, in: Self.builtin, all: false)
        let inputs = try HTMLTags(html).all.filter { $0.name == "input" }
        XCTAssertEqual(inputs.count, Self.builtin[checklist].taskItems.count)
        XCTAssertTrue(inputs.allSatisfy { $0.attributes["type"] == "checkbox" && $0.attributes["disabled"] != nil })
        XCTAssertFalse(html.contains("[ ]"), "no literal box in the handout")
    }

    func testAPrinciplesFooterNamesTheNextPrincipleFirst() {
        let text = PlainText(catalog: Self.builtin, width: 80, glyphs: .unicode).page(PageID("principles/long-term-planning"))
        guard let whatNext = text.range(of: "What next?\n──────────\n\n") else { return XCTFail(text) }
        let firstLine = text[whatNext.upperBound...].prefix { $0 != "\n" }
        // A list of entries, or their names on one line when the page is short: either way, first.
        XCTAssertTrue(firstLine.hasPrefix("• Next in this section: Principle 2: Integration") || firstLine.hasPrefix("Next in this section: Principle 2: Integration"),
                      String(firstLine))
        // Tall enough that the end of the page shows "What next?" above the sources.
        let bottom = screen(PageID("principles/long-term-planning"), Size(columns: 80, rows: 40), keys: [.end])
        assertSnapshot(bottom, named: "principle-footer-next.80x40")
        XCTAssertTrue(bottom.contains("Next in this section: Principle 2: Integration"), bottom)
    }
}

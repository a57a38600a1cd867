import Catalog
import Layout
import TestSupport
import XCTest

final class DocumentLayoutTests: XCTestCase {
    private func page(_ body: String) -> Page {
        Fixture.load([Fixture.root, Fixture.page("a.md", frontMatter: "title: Test page", body: body)])[PageID("a")]
    }

    private func text(_ document: Document) -> [String] {
        document.lines.map(\.text)
    }

    func testPageStartsWithItsUnderlinedTitle() {
        let document = PageLayout(width: 40, glyphs: .unicode).document(for: page("Hello."))
        XCTAssertEqual(Array(text(document).prefix(4)), ["Test page", "═════════", "", "Hello."])
    }

    func testListsIndentTheirContinuationLines() {
        let document = PageLayout(width: 12, glyphs: .unicode).document(for: page("- one two three four\n- five\n\n1. six\n2. seven"))
        XCTAssertEqual(Array(text(document)[3...8]), ["• one two", "  three four", "• five", "", "1. six", "2. seven"])
    }

    func testQuotesAndCodeAreMarked() {
        let document = PageLayout(width: 30, glyphs: .ascii).document(for: page("> quoted words\n\n```\ncode line\n```"))
        XCTAssertEqual(Array(text(document)[3...5]), ["| quoted words", "", "  code line"])
    }

    func testTablesFitTheWidthOrStack() {
        let body = "| Principle | Rather than |\n|---|---|\n| Trust | detailed contract prescription |"
        let wide = PageLayout(width: 60, glyphs: .unicode).document(for: page(body))
        XCTAssertEqual(Array(text(wide)[3...5]), ["Principle │ Rather than", "──────────┼───────────────────────────────", "Trust     │ detailed contract prescription"])
        let narrow = PageLayout(width: 30, glyphs: .unicode).document(for: page(body))
        XCTAssertEqual(Array(text(narrow)[3...6]), ["Principle │ Rather than", "──────────┼───────────────────", "Trust     │ detailed contract", "          │ prescription"])
        let tiny = PageLayout(width: 12, glyphs: .unicode).document(for: page(body))
        XCTAssertEqual(Array(text(tiny)[3...6]), ["Principle:", "Trust", "Rather than:", "detailed"])
    }

    func testNoLineIsWiderThanTheWidth() {
        let catalog = Fixture.catalog
        for width in [1, 2, 5, 13, 40, 80] {
            for id in catalog.pagesInMenuOrder {
                let document = catalog[id].isMenu
                    ? MenuLayout(width: width, glyphs: .unicode).document(for: catalog[id], in: catalog)
                    : PageLayout(width: width, glyphs: .unicode).document(for: catalog[id])
                for line in document.lines {
                    XCTAssertLessThanOrEqual(line.width, width, "\(id) at \(width): \(line.text)")
                }
            }
        }
    }

    func testTargetsAreInReadingOrderAndCoverWrappedLinks() {
        let document = PageLayout(width: 12, glyphs: .unicode).document(for: page("Go [to the long named page](#here) now.\n\n## Here"))
        let first = document.targets[0]
        XCTAssertEqual(first.action, .open(PageID("a"), anchor: "here"))
        XCTAssertEqual(first.firstRow, 3)
        XCTAssertGreaterThan(first.lastRow, first.firstRow)
        XCTAssertEqual(document.anchors["here"], document.lines.firstIndex { $0.text == "Here" })
        let rows = document.targets.map(\.firstRow)
        XCTAssertEqual(rows, rows.sorted())
    }

    func testMenuListsChildrenWithSummariesAsTargets() {
        let catalog = Fixture.catalog
        let document = MenuLayout(width: 40, glyphs: .unicode).document(for: catalog.root, in: catalog)
        XCTAssertEqual(document.targets.map(\.action), catalog.root.children.map { .open($0, anchor: nil) })
        XCTAssertTrue(text(document).contains("1  Alpha section"))
        XCTAssertTrue(text(document).contains("   The first section"))
    }
}

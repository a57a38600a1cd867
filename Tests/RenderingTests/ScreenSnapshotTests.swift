import BuiltinContent
import Catalog
import Layout
@testable import Navigation
@testable import Rendering
import TestSupport
import XCTest

/// Every kind of screen, rendered as text at several sizes and compared with `Snapshots/`.
final class ScreenSnapshotTests: XCTestCase {
    private static let builtin: Catalog = {
        guard case let .success(catalog) = CatalogLoader.load(BuiltinContent.files) else { fatalError("built-in content does not load") }
        return catalog
    }()
    private let sizes = [Size(columns: 80, rows: 24), Size(columns: 40, rows: 12), Size(columns: 20, rows: 6)]

    private func state(_ catalog: Catalog, _ size: Size, at id: PageID = .root, glyphs: Glyphs = .unicode, keys: [Key] = []) -> State {
        keys.reduce(State(catalog: catalog, size: size, glyphs: glyphs, start: id)) { reduce($0, .key($1)).state }
    }

    private func assertScreen(_ state: State, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        let screen = render(state)
        XCTAssertEqual(screen.rows.count, state.size.rows, file: file, line: line)
        for row in screen.rows {
            XCTAssertLessThanOrEqual(row.reduce(0) { $0 + $1.width }, state.size.columns, file: file, line: line)
        }
        assertSnapshot(screen.text, named: "\(name).\(state.size)", file: file, line: line)
    }

    func testToolkitMenu() {
        for size in sizes { assertScreen(state(Self.builtin, size), named: "menu") }
    }

    func testTheToolkitMenuShowsAllSixSectionsAt80x24() {
        let screen = render(state(Self.builtin, sizes[0])).text
        for (index, section) in Self.builtin.root.children.enumerated() {
            XCTAssertTrue(screen.contains("\(index + 1)  \(Self.builtin[section].title)"), "section \(index + 1) is below the fold:\n\(screen)")
        }
        XCTAssertEqual(Self.builtin.root.children.count, 6)
    }

    func testSectionMenuWithSelectionMoved() {
        for size in sizes { assertScreen(state(Self.builtin, size, at: PageID("correctives"), keys: [.down, .down]), named: "section-menu") }
    }

    func testPageTop() {
        for size in sizes { assertScreen(state(Fixture.catalog, size, at: PageID("alpha/one")), named: "page-top") }
    }

    func testPageScrolledWithAFocusedLink() {
        for size in sizes {
            assertScreen(state(Fixture.catalog, size, at: PageID("alpha/one"), keys: [.pageDown, .tab]), named: "page-scrolled-link")
        }
    }

    func testPageWithANotice() {
        assertScreen(state(Fixture.catalog, sizes[0], at: PageID("alpha/one"), keys: [.enter]), named: "page-notice")
    }

    func testPageReopenedFromTheLastRun() {
        assertScreen(State(catalog: Fixture.catalog, size: sizes[0], start: PageID("alpha/one"), reopened: true), named: "page-reopened")
    }

    func testHelp() {
        for size in sizes { assertScreen(state(Fixture.catalog, size, keys: [.character("?")]), named: "help") }
    }

    func testWindowTooSmall() {
        for size in [Size(columns: 19, rows: 5), Size(columns: 12, rows: 3), Size(columns: 1, rows: 1)] {
            assertScreen(state(Fixture.catalog, size), named: "too-small")
        }
    }

    func testCaseStudyFromTheBuiltinToolkit() {
        for size in [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)] {
            assertScreen(state(Self.builtin, size, at: PageID("case-studies/plymouth-alliance")), named: "plymouth")
        }
    }

    func testASCIIGlyphsForNonUTF8Terminals() {
        assertScreen(state(Self.builtin, sizes[0], at: PageID("principles/overview"), glyphs: .ascii), named: "ascii-principles")
    }

    func testSearchPromptWhileTheIndexIsStillBeingBuilt() throws {
        for size in sizes {
            let catalog = try CatalogLoader.open(ManyPages.files()).get()
            assertScreen(state(catalog, size, keys: [.character("/")] + "quokka".map { Key.character($0) }), named: "search-prompt-building")
        }
    }

    func testSearchPromptWithResults() {
        for size in sizes.prefix(2) {
            let typing = state(Fixture.catalog, size, keys: [.character("/"), .character("p"), .character("a"), .character("r"), .down])
            assertScreen(typing, named: "search-prompt")
            XCTAssertTrue(render(typing).rows.joined().contains { $0.style.mark && $0.text.lowercased().hasPrefix("par") }, "the results mark the words that what was typed begins")
        }
    }

    func testPageWithMarkedMatchesAndHistory() {
        for size in sizes.prefix(2) {
            let opened = state(Fixture.catalog, size, keys: [.character("/")] + "second".map { Key.character($0) } + [.enter, .character("n")])
            assertScreen(opened, named: "search-match")
            let screen = render(opened)
            XCTAssertTrue(screen.rows.joined().contains { $0.style.mark && $0.text.lowercased() == "second" }, "matches are marked")
            assertScreen(reduce(opened, .key(.left)).state, named: "search-results")
        }
    }

    func testInfoScreen() {
        assertScreen(state(Fixture.catalog, sizes[0], at: PageID("alpha/one"), keys: [.character("=")]), named: "info")
    }

    func testGoToPrompt() {
        assertScreen(state(Self.builtin, sizes[0], keys: [.character(":"), .character("2"), .character(".")]), named: "goto-prompt")
    }

    func testMarkingSplitsSpansAtMatches() {
        let spans = DocumentView.marked([Span("ab"), Span("cdef", Style(.link))], [1..<3, 5..<6])
        XCTAssertEqual(spans.map(\.text), ["a", "b", "c", "de", "f"])
        XCTAssertEqual(spans.map(\.style.mark), [false, true, true, false, true])
        XCTAssertEqual(spans[2].style.role, .link)
    }

    func testCursorSitsOnTheFocusedItem() {
        let menu = render(state(Fixture.catalog, sizes[0], keys: [.down]))
        XCTAssertEqual(menu.cursor, Screen.Cursor(row: 1 + state(Fixture.catalog, sizes[0]).document.targets[1].firstRow, column: 2))
        let page = state(Fixture.catalog, sizes[0], at: PageID("alpha/one"), keys: [.tab])
        let target = page.document.targets[0]
        XCTAssertEqual(render(page).cursor, Screen.Cursor(row: 1 + target.firstRow, column: 2 + target.column))
    }

    func testAMenusSelectionIsMarkedInTheMarginAndReversedWholeAndALinkIsReversed() {
        let screen = render(state(Fixture.catalog, sizes[0], keys: [.down]))
        let row = screen.rows[screen.cursor.row]
        XCTAssertEqual(row.first?.text, "› ", "the marker sits in the margin of the selected row")
        XCTAssertEqual(screen.rows.joined().filter { $0.text.hasPrefix("›") }.count, 1, "one row is marked")
        let reversed = screen.rows.enumerated().flatMap { index, spans in spans.filter(\.style.reverse).map { (index, $0.text) } }
        XCTAssertEqual(Set(reversed.map(\.0)), [screen.cursor.row], "only the selected row has reversed cells")
        XCTAssertEqual(reversed.map(\.1).joined(), "› 2  Beta section", "the marker, the number and the title, to be seen from the back of a room")
        let page = render(state(Fixture.catalog, sizes[0], at: PageID("alpha/one"), keys: [.tab]))
        XCTAssertTrue(page.rows[page.cursor.row].contains { $0.style.reverse && $0.target == 0 }, "a focused link is reversed")
    }

    func testWithoutAMarginTheSelectionIsReversed() {
        let screen = render(state(Fixture.catalog, Size(columns: 24, rows: 8), keys: [.down]))
        let row = screen.rows[screen.cursor.row]
        XCTAssertTrue(row.contains { $0.text.contains("Beta") && $0.style.reverse })
        XCTAssertFalse(screen.rows.joined().contains { $0.text.hasPrefix("›") })
    }
}

import Catalog
import Layout
@testable import Navigation
import TestSupport
import XCTest

/// `o` on a page lists its title and headings with the section the top line is in selected;
/// the arrows move through them, Enter jumps there, Esc (or `o` again) returns to exactly where
/// the reader was. The presenter reading a page from a slide has it too.
final class OutlineTransitionTests: XCTestCase {
    private let catalog = Fixture.catalog
    private let size = Size(columns: 80, rows: 24)
    private var page: State { State(catalog: catalog, size: size, start: PageID("alpha/one")) }

    /// The rows the fixture's long page starts its sections on.
    private func row(_ anchor: String) -> Int { page.document.anchors[anchor]! }

    private var entries: [Outline.Entry] {
        [Outline.Entry(level: 0, title: "Page one", row: 0),
         Outline.Entry(level: 2, title: "First part", row: row("first-part")),
         Outline.Entry(level: 2, title: "Second part", row: row("second-part"))]
    }

    /// The fixture page's outline entries followed by those of its generated footer.
    private func outline(selection: Int, scroll: Int = 0, from state: State) -> Outline {
        var state = state
        let all = state.outlineEntries()
        XCTAssertEqual(Array(all.prefix(3)), entries, "the page's own headings come first")
        return Outline(entries: all, selection: selection, scroll: scroll)
    }

    func testOListsTheHeadingsWithTheTitleSelectedAtTheTop() {
        let opened = assertTransition(page, .key(.character("o"))) { $0.overlay = .outline(self.outline(selection: 0, from: self.page)) }
        XCTAssertEqual(opened.context, .outline)
    }

    func testTheSectionTheTopLineIsInIsSelected() {
        var scrolled = page
        scrolled.place.scroll = row("second-part") + 2
        scrolled.clampScroll()
        assertTransition(scrolled, .key(.character("o"))) { $0.overlay = .outline(self.outline(selection: 2, from: scrolled)) }
        scrolled.place.scroll = row("second-part") - 1
        assertTransition(scrolled, .key(.character("o"))) { $0.overlay = .outline(self.outline(selection: 1, from: scrolled)) }
    }

    func testArrowsMoveTheSelectionWithinTheList() {
        let opened = reduce(page, .key(.character("o"))).state
        let down = assertTransition(opened, .key(.down)) { $0.overlay = .outline(self.outline(selection: 1, from: self.page)) }
        assertTransition(down, .key(.character("k"))) { $0.overlay = .outline(self.outline(selection: 0, from: self.page)) }
        assertTransition(opened, .key(.up))
        let count = outline(selection: 0, from: page).entries.count
        let bottom = assertTransition(opened, .key(.end)) { $0.overlay = .outline(self.outline(selection: count - 1, from: self.page)) }
        assertTransition(bottom, .key(.down))
        assertTransition(bottom, .key(.home)) { $0.overlay = .outline(self.outline(selection: 0, from: self.page)) }
    }

    func testEnterJumpsToTheHeadingAndTheOutlineCloses() {
        let opened = reduce(reduce(page, .key(.character("o"))).state, .key(.down)).state
        let jumped = assertTransition(opened, .key(.down)) { $0.overlay = .outline(self.outline(selection: 2, from: self.page)) }
        assertTransition(jumped, .key(.enter)) {
            $0.overlay = nil
            $0.place.scroll = self.row("second-part")
        }
    }

    func testEscapeOrOAgainReturnsToExactlyWhereTheReaderWas() {
        let opened = reduce(reduce(page, .key(.character("o"))).state, .key(.down)).state
        assertTransition(opened, .key(.escape)) { $0.overlay = nil }
        assertTransition(opened, .key(.character("o"))) { $0.overlay = nil }
        assertTransition(opened, .key(.character("q"))) { $0.overlay = nil }
        XCTAssertFalse(reduce(opened, .key(.character("q"))).state.isFinished, "q closes the outline, it does not quit")
    }

    func testAMenuHasNoOutline() {
        assertTransition(State(catalog: catalog, size: size), .key(.character("o")))
    }

    func testThePresenterReadingAPageFromASlideHasTheOutline() {
        var presentation = Presentation(catalog: PresentingFixture.catalog, window: Size(columns: 100, rows: 30), start: PageID("principles"))
        for key in [Key.right, .enter, .character("o")] { presentation = reduce(presentation, .key(key)).state }
        guard case let .outline(outline)? = presentation.reader?.overlay else { return XCTFail("the outline is open over the page being read") }
        XCTAssertEqual(outline.entries.prefix(2).map(\.title), ["Principle 1: Trust", "What it means"])
        presentation = reduce(reduce(presentation, .key(.down)).state, .key(.enter)).state
        XCTAssertNil(presentation.reader?.overlay)
        XCTAssertEqual(presentation.reader?.place.id, PageID("principles/trust"), "the outline moves within the page only")
        XCTAssertNotNil(presentation.reader, "Enter in the outline does not leave the page")
    }
}

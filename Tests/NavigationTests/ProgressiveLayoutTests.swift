import Catalog
import Layout
@testable import Navigation
import Rendering
import TestSupport
import XCTest

/// A page of many blocks is laid out a part at a time: enough for the screen at once, the rest
/// on `.idle` or when a key needs it, ending exactly as if it had been laid out in one go.
final class ProgressiveLayoutTests: XCTestCase {
    private static let catalog: Catalog = {
        let paragraphs = (1...600).map { number in
            number % 50 == 0 ? "Paragraph \(number) links to [the other page](other.md) and says quokka." : "Paragraph \(number) of a long page, long enough to wrap onto a second line at forty columns."
        }
        let files = [
            SourceFile(path: "index.md", text: "---\ntitle: Root\nsources: [https://example.org/]\n---\n"),
            SourceFile(path: "long.md", text: "---\ntitle: A long page\norder: 1\nsources: [https://example.org/]\n---\n" + paragraphs.joined(separator: "\n\n") + "\n"),
            SourceFile(path: "other.md", text: "---\ntitle: Other\norder: 2\nsources: [https://example.org/]\n---\nBack to [the long page](long.md).\n"),
        ]
        guard case let .success(catalog) = CatalogLoader.load(files) else { fatalError("the long fixture does not load") }
        return catalog
    }()
    private let size = Size(columns: 44, rows: 12)
    private var long: Page { Self.catalog[PageID("long")] }

    private func open(_ keys: Key...) -> State {
        keys.reduce(State(catalog: Self.catalog, size: size, start: PageID("long"))) { reduce($0, .key($1)).state }
    }

    private var whole: Document { PageLayout(width: Frame(size).textWidth, glyphs: .unicode).document(for: long) }

    /// `state` with the long page laid out directly, `width` columns wide, in whole blocks up to
    /// at least `lines` lines: the layout so far, and the layout itself while some is left.
    private func laidOut(_ state: State, toLines lines: Int, width: Int? = nil) -> State {
        var layout = ProgressivePageLayout(page: long, layout: PageLayout(width: width ?? Frame(size).textWidth, glyphs: .unicode, marks: ItemMarks()))
        layout.extend(toLines: lines)
        return laidOut(state, as: layout)
    }

    private func laidOut(_ state: State, as layout: ProgressivePageLayout) -> State {
        var state = state
        state.document = layout.document
        state.progress = layout.isComplete ? nil : layout
        return state
    }

    func testOnlyTheFirstScreensAreLaidOutAtFirstAndTheyMatchTheWholeLayout() {
        let state = open()
        XCTAssertTrue(state.isLayingOut)
        XCTAssertLessThan(state.document.lines.count, whole.lines.count / 10)
        XCTAssertGreaterThanOrEqual(state.document.lines.count, 3 * state.frame.bodyRows)
        XCTAssertEqual(Array(state.document.lines), Array(whole.lines.prefix(state.document.lines.count)))
    }

    func testIdleEventsFinishTheLayoutExactlyAsInOneGo() {
        var state = open()
        var steps = 0
        while state.isLayingOut, steps < 1_000 {
            // Each step lays out 500 lines more, and three screens past them.
            state = assertTransition(state, .idle) { $0 = self.laidOut($0, toLines: $0.document.lines.count + 500 + 3 * 9) }
            steps += 1
        }
        XCTAssertGreaterThan(steps, 1, "more than one step for a long page")
        XCTAssertEqual(state.document, whole)
    }

    func testEndLaysOutEverythingAndShowsTheBottom() {
        assertTransition(open(), .key(.end)) {
            $0.document = self.whole
            $0.progress = nil
            $0.place.scroll = self.whole.lines.count - 9
        }
    }

    func testPageDownKeepsGoingPastWhatWasLaidOut() {
        var state = open()
        let rows = state.frame.bodyRows
        for step in 1...40 {
            // Each screen down, the page laid out at least three screens past it.
            state = assertTransition(state, .key(.pageDown)) {
                $0.place.scroll = step * rows
                if $0.document.lines.count < (step + 3) * rows { $0 = self.laidOut($0, toLines: (step + 3) * rows) }
            }
        }
    }

    func testTabFindsTheFirstLinkBeyondWhatWasLaidOut() {
        // No link in what is laid out: the rest of the page is laid out to find one.
        let state = assertTransition(open(), .key(.tab)) {
            $0.document = self.whole
            $0.progress = nil
            $0.place.focus = 0
            $0.place.scroll = self.whole.targets[0].lastRow - 9 + 1
        }
        XCTAssertEqual(state.document.targets.first?.action, .open(PageID("other"), anchor: nil))
        XCTAssertTrue(state.isVisible(0))
    }

    func testASearchCountsEveryMatchOfTheLongPage() {
        let catalog = Self.catalog
        var state = assertTransition(State(catalog: catalog, size: size, start: PageID("other")), .key(.character("/"))) {
            $0.searchIndex.index = SearchIndex(catalog)
            $0.prompt = .search("", in: catalog, width: Frame(self.size).textWidth)
        }
        var typed = ""
        for character in "quokka" {
            typed.append(character)
            state = assertTransition(state, .key(.character(character))) { [typed] in $0.prompt = .search(typed, in: catalog, width: Frame(self.size).textWidth) }
        }
        // Enter lays the long page out whole, to count and step through every match.
        let from = state.place
        let query = SearchQuery("quokka")
        let opened = assertTransition(state, .key(.enter)) {
            let matches = self.whole.matches(of: query, before: self.long.footerStart)
            $0.prompt = nil
            $0.search = SearchSession(query: query, hits: [PageID("long")])
            $0.history = [from, Place(id: PageID("other"), scroll: 0, focus: 0, results: "quokka")]
            $0.place = Place(id: PageID("long"), scroll: matches[0].row - 2)
            $0.document = self.whole
            $0.progress = nil
            $0.matches = matches
            $0.currentMatch = 0
        }
        XCTAssertEqual(opened.matches.count, 12)
    }

    func testResizingWhileLayingOutKeepsTheTopBlock() {
        let state = open(.pageDown, .pageDown)
        let topBlock = state.document.lines[state.place.scroll].origin
        // The new width's layout, built directly: through the block that was on top, which
        // starts the screen, and three screens past it.
        var layout = ProgressivePageLayout(page: long, layout: PageLayout(width: Frame(Size(columns: 30, rows: 12)).textWidth, glyphs: .unicode, marks: ItemMarks()))
        layout.extend(throughBlock: topBlock)
        let scroll = layout.document.firstRow(ofOrigin: topBlock)
        layout.extend(toLines: scroll + 3 * 9)
        assertTransition(state, .resized(Size(columns: 30, rows: 12)), effects: [.repaint]) {
            $0 = self.laidOut($0, as: layout)
            $0.size = Size(columns: 30, rows: 12)
            $0.place.scroll = scroll
        }
    }

    func testTheStatusLineGivesNoPercentageUntilTheLengthIsKnown() {
        let status = { (state: State) in render(state).text.split(separator: "\n", omittingEmptySubsequences: false)[self.size.rows - 2] }
        XCTAssertTrue(status(open(.pageDown)).hasSuffix("…"), String(status(open(.pageDown))))
        XCTAssertTrue(status(open(.pageDown, .end, .home, .pageDown)).hasSuffix("%"))
    }

    func testShortPagesAreLaidOutWhole() {
        XCTAssertFalse(State(catalog: Self.catalog, size: size, start: PageID("other")).isLayingOut)
    }
}

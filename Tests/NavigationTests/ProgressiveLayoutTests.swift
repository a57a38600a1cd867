import Catalog
import Layout
@testable import Navigation
import Rendering
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

    private var whole: Document { PageLayout.document(for: long, width: Frame(size).textWidth, glyphs: .unicode) }

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
            state = reduce(state, .idle).state
            steps += 1
        }
        XCTAssertFalse(state.isLayingOut)
        XCTAssertGreaterThan(steps, 1, "more than one step for a long page")
        XCTAssertEqual(state.document, whole)
    }

    func testEndLaysOutEverythingAndShowsTheBottom() {
        let state = open(.end)
        XCTAssertFalse(state.isLayingOut)
        XCTAssertEqual(state.place.scroll, whole.lines.count - state.frame.bodyRows)
    }

    func testPageDownKeepsGoingPastWhatWasLaidOut() {
        var state = open()
        let rows = state.frame.bodyRows
        for step in 1...40 {
            state = reduce(state, .key(.pageDown)).state
            XCTAssertEqual(state.place.scroll, step * rows, "PgDn \(step)")
        }
    }

    func testTabFindsTheFirstLinkBeyondWhatWasLaidOut() {
        let state = open(.tab)
        XCTAssertEqual(state.place.focus, 0)
        XCTAssertEqual(state.document.targets.first?.action, .open(PageID("other"), anchor: nil))
        XCTAssertTrue(state.isVisible(0))
    }

    func testASearchCountsEveryMatchOfTheLongPage() {
        var state = State(catalog: Self.catalog, size: size, start: PageID("other"))
        for key in [Key.character("/")] + "quokka".map({ Key.character($0) }) + [.enter] { state = reduce(state, .key(key)).state }
        XCTAssertEqual(state.place.id, PageID("long"))
        XCTAssertFalse(state.isLayingOut)
        XCTAssertEqual(state.matches.count, 12)
    }

    func testResizingWhileLayingOutKeepsTheTopBlock() {
        var state = open(.pageDown, .pageDown)
        let topBlock = state.document.lines[state.place.scroll].origin
        state = reduce(state, .resized(Size(columns: 30, rows: 12))).state
        XCTAssertEqual(state.document.lines[state.place.scroll].origin, topBlock)
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

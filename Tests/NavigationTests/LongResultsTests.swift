import Catalog
import Layout
@testable import Navigation
import TestSupport
import XCTest

/// A search that finds more pages than a reader would scroll through lists the first
/// `ListLayout.mostPagesListed` and says how many more there are, so each letter typed costs the
/// same however large the toolkit.
final class LongResultsTests: XCTestCase {
    private static let pageCount = ListLayout.mostPagesListed + 50
    private static let catalog: Catalog = {
        let pages = (1...pageCount).map { number in
            SourceFile(path: "page-\(number).md", text: "---\ntitle: Page \(number)\norder: \(number)\nsources: [https://example.org/]\n---\nA quokka on page \(number).\n")
        }
        let files = [SourceFile(path: "index.md", text: "---\ntitle: Root\nsources: [https://example.org/]\n---\n")] + pages
        guard case let .success(catalog) = CatalogLoader.load(files) else { fatalError("the fixture does not load") }
        return catalog
    }()

    /// What typing `text` after `/` shows, asserted key by key, once the idle steps have built the whole index (their
    /// read-ahead carried out, as the event loop does).
    private func typing(_ text: String) -> State {
        var state = State(catalog: Self.catalog, size: Size(columns: 80, rows: 24))
        for _ in 0..<1_000 where state.hasIdleWork {
            let (next, effects) = reduce(state, .idle)
            for case let .readAhead(catalog) in effects { _ = catalog.readAhead() }
            state = next
        }
        XCTAssertFalse(state.hasIdleWork)
        // Each key shows the prompt built directly from the whole index for what is typed so far.
        state = assertTransition(state, .key(.character("/"))) { $0.prompt = .search("", in: Self.catalog) }
        var typed = ""
        for character in text {
            typed.append(character)
            state = assertTransition(state, .key(.character(character))) { [typed] in $0.prompt = .search(typed, in: Self.catalog) }
        }
        return state
    }

    func testTheListShowsTheFirstPagesAndSaysHowManyMoreThereAre() throws {
        let prompt = try XCTUnwrap(typing("quokka").prompt)
        XCTAssertEqual(prompt.pages.count, ListLayout.mostPagesListed)
        XCTAssertEqual(prompt.list.targets.count, ListLayout.mostPagesListed)
        XCTAssertEqual(prompt.list.lines.first?.text, "\(Self.pageCount) matches in \(Self.pageCount) pages")
        XCTAssertEqual(prompt.list.lines.last?.text,
                       "The first \(ListLayout.mostPagesListed) of \(Self.pageCount) pages are listed; more words narrow the search.")
    }

    func testSelectionStopsAtTheLastListedPage() throws {
        var state = typing("quokka")
        for _ in 1..<ListLayout.mostPagesListed { state = reduce(state, .key(.down)).state }
        XCTAssertEqual(state.prompt?.selection, ListLayout.mostPagesListed - 1)
        assertTransition(state, .key(.down)) // past the last listed page: nothing moves
        XCTAssertTrue(state.prompt.map { $0.scroll + state.frame.bodyRows > $0.list.targets[$0.selection].lastRow } == true, "the last listed page is on screen")
    }
}

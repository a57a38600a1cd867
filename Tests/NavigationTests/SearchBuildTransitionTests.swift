import Catalog
import Layout
@testable import Navigation
import TestSupport
import XCTest

/// The search index is built a part at a time on `.idle`: a search opened before it is complete
/// answers at once from the pages indexed so far and says so above the results, which grow each
/// time another tenth of the pages is indexed and end as a search of the whole index would.
final class SearchBuildTransitionTests: XCTestCase {
    private let size = Size(columns: 80, rows: 24)

    /// A fresh 708-page toolkit: each test reads it ahead and indexes it from the start.
    private func large() throws -> Catalog { try CatalogLoader.open(ManyPages.files()).get() }

    /// The index as opening the prompt builds it on a fresh large toolkit: the 4 steps of front
    /// matter left, then 12 of 20 pages, so 240 pages; built directly.
    private func openingIndex(_ catalog: Catalog) -> SearchIndex { SearchIndex(building: catalog).extended(steps: 16) }

    /// Opens the search prompt on a fresh `catalog` and types `text`, asserting each step
    /// exhaustively: `/` builds the opening index, and keys build nothing and show the prompt
    /// built directly from that index for what has been typed so far.
    private func typing(_ text: String, in catalog: Catalog, file: StaticString = #filePath, line: UInt = #line) -> State {
        let index = openingIndex(catalog)
        var state = assertTransition(State(catalog: catalog, size: size), .key(.character("/")), file: file, line: line) {
            $0.searchIndex.index = index
            $0.prompt = .search("", in: catalog, index: index)
        }
        var typed = ""
        for character in text {
            typed.append(character)
            state = assertTransition(state, .key(.character(character)), file: file, line: line) { [typed] in
                $0.prompt = .search(typed, in: catalog, index: index)
            }
        }
        return state
    }

    /// What one `.idle` step changes while a search waits on the index: one step of building,
    /// and each time another tenth of the 708 pages (70) is indexed, or the last, what is on
    /// screen searched again: the prompt built directly from the index so far, and the hits of a
    /// confirmed search.
    private func buildingStep(_ catalog: Catalog) -> (inout State) -> Void {
        { state in
            let before = state.searchIndex.index
            let after = before.extended(steps: 1)
            state.searchIndex.index = after
            guard after.pagesIndexed / 70 != before.pagesIndexed / 70 || after.isComplete else { return }
            if let prompt = state.prompt { state.prompt = .search(prompt.text, in: catalog, index: after) }
            if let query = state.search?.query { state.search?.hits = after.search(query).map(\.id) }
        }
    }

    /// Sends `.idle` until the index is complete, asserting each step exhaustively.
    private func building(_ state: State, in catalog: Catalog) -> State {
        var state = state
        while !state.searchIndex.index.isComplete { state = assertTransition(state, .idle, buildingStep(catalog)) }
        return state
    }

    func testEveryToolkitIsIndexedWhileIdleAroundReadingAhead() throws {
        let catalog = try large()
        var state = State(catalog: catalog, size: size)
        XCTAssertEqual(state.searchIndex.index.stepsBeforePages, 4)
        // First the front matter for menu order, 200 pages a step.
        let step: (inout State) -> Void = { $0.searchIndex.index = $0.searchIndex.index.extended(steps: 1) }
        for _ in 0..<4 { state = assertTransition(state, .idle, step) }
        XCTAssertEqual(state.searchIndex.index.stepsBeforePages, 0)
        XCTAssertEqual(state.searchIndex.index.pagesIndexed, 0)
        // Then Linked from, when no search waits.
        assertTransition(state, .idle, effects: [.readAhead(catalog)])
        while catalog.readAhead() {}
        // Then 20 pages a step, nothing but the index changing while it is built.
        let indexed = assertTransition(state, .idle, step)
        XCTAssertEqual(indexed.searchIndex.index.pagesIndexed, 20)
        while state.hasIdleWork { state = assertTransition(state, .idle, step) }
        XCTAssertTrue(state.searchIndex.index.isComplete)
    }

    func testOpeningSearchOnASmallToolkitIndexesItWholeAtOnce() {
        let catalog = Fixture.catalog
        let open = assertTransition(State(catalog: catalog, size: size), .key(.character("/"))) {
            $0.searchIndex.index = SearchIndex(catalog)
            $0.prompt = .search("", in: catalog)
        }
        XCTAssertTrue(open.searchIndex.index.isComplete)
        XCTAssertEqual(open.prompt?.list.lines.first?.text, "Type to search every page.")
    }

    func testSearchingALargeToolkitAnswersFromWhatIsIndexedAndSaysSo() throws {
        let catalog = try large()
        let open = typing("", in: catalog)
        XCTAssertEqual(open.searchIndex.index.pagesIndexed, 240)
        XCTAssertEqual(open.prompt?.list.lines.map(\.text).prefix(2),
                       ["Searched 240 of 708 pages so far; still reading the rest.", "Type to search every page."])
        let typed = typing("quokka", in: catalog) // keys do not build the index
        let firstPages = Set(catalog.pagesInMenuOrder.prefix(240))
        XCTAssertFalse(typed.prompt!.pages.isEmpty)
        XCTAssertTrue(typed.prompt!.pages.allSatisfy(firstPages.contains), "answers come from the pages indexed")
        XCTAssertEqual(typed.prompt?.list.lines.first?.text, "Searched 240 of 708 pages so far; still reading the rest.")
    }

    func testIdleWhileSearchingIndexesBeforeReadingAheadAndRefreshesEachTenth() throws {
        let catalog = try large()
        let typed = typing("quokka", in: catalog)
        XCTAssertTrue(catalog.hasPagesToReadAhead)
        // The index comes before Linked from while a search waits on it; 260 pages is still in
        // the fourth tenth (70 pages a tenth): only the count moves.
        let step = assertTransition(typed, .idle) { $0.searchIndex.index = self.openingIndex(catalog).extended(steps: 1) }
        XCTAssertEqual(step.searchIndex.index.pagesIndexed, 260)
        // 280 starts the fifth tenth: the list is the one built from 280 pages indexed.
        let further = openingIndex(catalog).extended(steps: 2)
        XCTAssertEqual(further.pagesIndexed, 280)
        let refreshed = assertTransition(step, .idle) {
            $0.searchIndex.index = further
            $0.prompt = .search("quokka", in: catalog, index: further)
        }
        XCTAssertEqual(refreshed.prompt?.list.lines.first?.text, "Searched 280 of 708 pages so far; still reading the rest.")
    }

    func testOnceCompleteTheResultsAreThoseOfTheWholeIndex() throws {
        let catalog = try large()
        let done = building(typing("quokka", in: catalog), in: catalog)
        XCTAssertEqual(done.prompt, .search("quokka", in: catalog, index: SearchIndex(catalog)))
        XCTAssertEqual(done.prompt?.pages.count, 140)
        XCTAssertEqual(done.prompt?.list.lines.first?.text, "168 matches in 140 pages")
    }

    func testASearchSubmittedWhileBuildingGetsEveryPageOnceComplete() throws {
        let catalog = try large()
        let typed = typing("quokka", in: catalog)
        let query = SearchQuery("quokka")
        let submitted = assertTransition(typed, .key(.enter)) {
            let page = catalog[typed.prompt!.pages[0]]
            let document = PageLayout(width: 76, glyphs: .unicode).document(for: page)
            let matches = document.matches(of: query, before: page.footerStart)
            $0.prompt = nil
            $0.search = SearchSession(query: query, hits: typed.prompt!.pages)
            $0.history = [typed.place, Place(id: .root, scroll: 0, focus: 0, results: "quokka")]
            $0.place = Place(id: page.id)
            $0.document = document
            $0.matches = matches
            $0.currentMatch = 0
        }
        XCTAssertEqual(submitted.search?.hits.count, 47, "the pages among the first 240 indexed")
        let done = building(submitted, in: catalog)
        XCTAssertEqual(done.search?.hits, SearchIndex(catalog).search("quokka").map(\.id))
        let results = assertTransition(done, .key(.left)) {
            $0.history = [typed.place]
            $0.forward = [done.place]
            $0.place = Place(id: .root, scroll: 0, focus: 0, results: "quokka")
            $0.document = ListLayout(width: 76, glyphs: .unicode).results(SearchIndex(catalog).search("quokka"), query: "quokka", in: catalog)
            $0.matches = $0.document.matches(of: query)
            $0.currentMatch = nil
        }
        XCTAssertEqual(results.document.lines.first?.text, "168 matches in 140 pages")
    }

    func testKeysInTheResultsStillMoveWhileTheIndexIsBuilt() throws {
        let catalog = try large()
        let typed = typing("commissioning", in: catalog)
        assertTransition(typed, .key(.down)) { $0.prompt?.selection = 1 }
        assertTransition(typed, .key(.escape)) { $0.prompt = nil }
    }
}

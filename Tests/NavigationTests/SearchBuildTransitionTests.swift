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

    private func typing(_ text: String, in catalog: Catalog) -> State {
        let keys = [Key.character("/")] + text.map { Key.character($0) }
        return keys.reduce(State(catalog: catalog, size: size)) { reduce($0, .key($1)).state }
    }

    /// Sends `.idle` until `done`, reading ahead when asked, as the event loop does.
    private func idle(_ state: State, until done: (State) -> Bool) -> State {
        var state = state
        while !done(state) {
            let (next, effects) = reduce(state, .idle)
            for case let .readAhead(catalog) in effects { _ = catalog.readAhead() }
            state = next
        }
        return state
    }

    func testEveryToolkitIsIndexedWhileIdleAroundReadingAhead() throws {
        let catalog = try large()
        var state = State(catalog: catalog, size: size)
        XCTAssertEqual(state.searchIndex.index.stepsBeforePages, 4)
        for _ in 0..<4 {
            let step = reduce(state, .idle)
            XCTAssertEqual(step.effects, [], "first the front matter for menu order, 200 pages a step")
            state = step.state
        }
        XCTAssertEqual(state.searchIndex.index.stepsBeforePages, 0)
        XCTAssertEqual(state.searchIndex.index.pagesIndexed, 0)
        XCTAssertEqual(reduce(state, .idle).effects, [.readAhead(catalog)], "then Linked from, when no search waits")
        while catalog.readAhead() {}
        let indexed = reduce(state, .idle)
        XCTAssertEqual(indexed.effects, [])
        XCTAssertEqual(indexed.state.searchIndex.index.pagesIndexed, 20, "then 20 pages a step")
        let done = idle(state) { !$0.hasIdleWork }
        XCTAssertTrue(done.searchIndex.index.isComplete)
        var unchanged = State(catalog: catalog, size: size)
        unchanged.searchIndex = done.searchIndex
        XCTAssertEqual(done, unchanged, "nothing but the index changes while it is built")
    }

    func testOpeningSearchOnASmallToolkitIndexesItWholeAtOnce() {
        let open = reduce(State(catalog: Fixture.catalog, size: size), .key(.character("/"))).state
        XCTAssertTrue(open.searchIndex.index.isComplete)
        XCTAssertEqual(open.prompt?.list.lines.first?.text, "Type to search every page.")
    }

    func testSearchingALargeToolkitAnswersFromWhatIsIndexedAndSaysSo() throws {
        let catalog = try large()
        let open = reduce(State(catalog: catalog, size: size), .key(.character("/")))
        XCTAssertEqual(open.effects, [])
        XCTAssertEqual(open.state.searchIndex.index.pagesIndexed, 240, "the 4 steps of front matter left, then 12 of 20 pages")
        XCTAssertEqual(open.state.prompt?.list.lines.map(\.text).prefix(2),
                       ["Searched 240 of 708 pages so far; still reading the rest.", "Type to search every page."])
        let typed = typing("quokka", in: catalog)
        XCTAssertEqual(typed.searchIndex.index.pagesIndexed, 240, "keys do not build the index")
        let firstPages = Set(catalog.pagesInMenuOrder.prefix(240))
        XCTAssertFalse(typed.prompt!.pages.isEmpty)
        XCTAssertTrue(typed.prompt!.pages.allSatisfy(firstPages.contains), "answers come from the pages indexed")
        XCTAssertEqual(typed.prompt?.list.lines.first?.text, "Searched 240 of 708 pages so far; still reading the rest.")
    }

    func testIdleWhileSearchingIndexesBeforeReadingAheadAndRefreshesEachTenth() throws {
        let catalog = try large()
        let typed = typing("quokka", in: catalog)
        XCTAssertTrue(catalog.hasPagesToReadAhead)
        // 260 pages is still in the fourth tenth (70 pages a tenth): only the count moves.
        let step = reduce(typed, .idle)
        XCTAssertEqual(step.effects, [], "the index comes before Linked from while a search waits on it")
        XCTAssertEqual(step.state.searchIndex.index.pagesIndexed, 260)
        XCTAssertEqual(step.state.prompt, typed.prompt)
        // 280 starts the fifth tenth: the list is what typing gives with 280 pages indexed.
        var indexedFurther = State(catalog: catalog, size: size)
        indexedFurther.searchIndex.index = SearchIndex(building: catalog).extended(steps: 6)
        let expected = "/quokka".reduce(indexedFurther) { reduce($0, .key(.character($1))).state }
        XCTAssertEqual(expected.searchIndex.index.pagesIndexed, 280)
        let refreshed = assertTransition(step.state, .idle) {
            $0.prompt = expected.prompt
            $0.searchIndex = expected.searchIndex
        }
        XCTAssertEqual(refreshed.prompt?.list.lines.first?.text, "Searched 280 of 708 pages so far; still reading the rest.")
    }

    func testOnceCompleteTheResultsAreThoseOfTheWholeIndex() throws {
        let catalog = try large()
        let done = idle(typing("quokka", in: catalog)) { $0.searchIndex.index.isComplete }
        var whole = State(catalog: catalog, size: size)
        whole.searchIndex.index = SearchIndex(catalog)
        whole = "/quokka".reduce(whole) { reduce($0, .key(.character($1))).state }
        XCTAssertEqual(done.prompt, whole.prompt)
        XCTAssertEqual(done.prompt?.pages.count, 140)
        XCTAssertEqual(done.prompt?.list.lines.first?.text, "168 matches in 140 pages")
    }

    func testASearchSubmittedWhileBuildingGetsEveryPageOnceComplete() throws {
        let catalog = try large()
        let submitted = reduce(typing("quokka", in: catalog), .key(.enter)).state
        XCTAssertEqual(submitted.search?.hits.count, 47, "the pages among the first 240 indexed")
        let done = idle(submitted) { $0.searchIndex.index.isComplete }
        XCTAssertEqual(done.search?.hits, SearchIndex(catalog).search("quokka").map(\.id))
        let results = reduce(done, .key(.left)).state
        XCTAssertEqual(results.place.results, "quokka")
        XCTAssertEqual(results.document.lines.first?.text, "168 matches in 140 pages")
    }

    func testKeysInTheResultsStillMoveWhileTheIndexIsBuilt() throws {
        let catalog = try large()
        let typed = typing("commissioning", in: catalog)
        assertTransition(typed, .key(.down)) {
            $0.prompt?.selection = 1
            $0.scrollPromptToSelection()
        }
        XCTAssertNil(reduce(typed, .key(.escape)).state.prompt)
    }
}

import BuiltinContent
import Catalog
import Layout
import Navigation
import Rendering
import TestSupport
import XCTest

/// Every query of `SearchAgreement`'s table lists the same pages in the same order in the full
/// screen (typed into `/`, Enter, then Back to the list), in `--plain` (`/words`) and in what
/// `toolkit search` prints; and the spellings of co-production all find the same pages.
/// `SearchCommandAgreementTests` runs the binary itself for the last two.
final class SearchAgreementTests: XCTestCase {
    private static let catalog: Catalog = {
        guard case let .success(catalog) = CatalogLoader.load(BuiltinContent.files) else { fatalError("built-in content does not load") }
        return catalog
    }()

    private var catalog: Catalog { Self.catalog }

    /// What `toolkit search QUERY` prints, as page ids in order.
    private func command(_ query: String) -> [String] {
        let text = SearchResultsText.text(for: SearchIndex(catalog).results(for: query), as: PlainText(catalog: catalog, width: 80, glyphs: .unicode))
        return Self.listedIDs(text)
    }

    /// The ids a plain results list names on its `   toolkit ID` lines.
    static func listedIDs(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { $0.hasPrefix("   toolkit ") ? String($0.dropFirst(11)) : nil }
    }

    /// What `--plain` lists after `/QUERY`.
    private func plain(_ query: String) -> [String] {
        var session = LineSession(catalog: catalog, start: .root, width: 80, glyphs: .unicode)
        let shown = session.handle("/" + query)
        guard case let .results(_, hits) = session.view else { return [] }
        XCTAssertEqual(Self.listedIDs(shown), hits.map(\.description), "\(query): --plain prints what it opens by number")
        return hits.map(\.description)
    }

    /// `state` once the idle steps have built the whole index, read-ahead carried out as the loop does.
    static func indexed(_ start: State) -> State {
        var state = start
        while state.hasIdleWork {
            let (next, effects) = reduce(state, .idle)
            for case let .readAhead(catalog) in effects { _ = catalog.readAhead() }
            state = next
        }
        return state
    }

    /// The full screen: `/`, the query typed a key at a time, Enter, then Back to the list.
    private func fullScreen(_ query: String) -> (list: [String], notice: String?) {
        var state = State(catalog: catalog, size: Size(columns: 80, rows: 24))
        state = Self.indexed(state)
        state = reduce(state, .key(.character("/"))).state
        for character in query { state = reduce(state, .key(.character(character))).state }
        let typed = state
        state = reduce(state, .key(.enter)).state
        guard state.search != nil else { return ([], state.notice) }
        XCTAssertEqual(state.search?.hits, typed.prompt?.pages, "\(query): Enter keeps the list that was shown")
        let notice = state.notice
        state = reduce(state, .key(.left)).state
        XCTAssertEqual(state.context, .results, query)
        let listed = state.document.targets.map { target -> String in
            guard case let .open(id, _) = target.action else { return "" }
            return id.description
        }
        return (listed, notice)
    }

    func testTheFullScreenPlainAndSearchCommandListTheSamePagesInTheSameOrder() {
        for query in SearchAgreement.queries {
            let printed = command(query)
            XCTAssertFalse(printed.isEmpty, "\(query) finds pages")
            XCTAssertEqual(plain(query), printed, "--plain against toolkit search: \(query)")
            XCTAssertEqual(fullScreen(query).list, printed, "full screen against toolkit search: \(query)")
        }
    }

    func testAHyphenatedWordItsPartsAndItsJoinedFormFindTheSamePagesInEveryWordForm() {
        let pages = SearchAgreement.coProduction.map { Set(command($0)) }
        XCTAssertGreaterThanOrEqual(pages[0].count, 5, "co-production is on five pages of the toolkit")
        for (query, found) in zip(SearchAgreement.coProduction, pages) {
            XCTAssertEqual(found, pages[0], query)
        }
    }

    func testTheFullScreenSaysWhenItShowsASuggestionInsteadOfWhatWasTyped() {
        XCTAssertEqual(fullScreen("partnrship").notice, "No match for partnrship; showing partnership.")
        XCTAssertNil(fullScreen("partnership").notice)
        var state = State(catalog: catalog, size: Size(columns: 80, rows: 24))
        state = Self.indexed(state)
        state = reduce(state, .key(.character("/"))).state
        for character in "procurment" { state = reduce(state, .key(.character(character))).state }
        XCTAssertEqual(state.prompt?.list.lines.first?.text, "Did you mean procurement?",
                       "a misspelling that matches by its stem is named while it is typed, as toolkit search names it")
        XCTAssertTrue(SearchResultsText.text(for: SearchIndex(catalog).results(for: "procurment"), as: PlainText(catalog: catalog, width: 80, glyphs: .unicode))
            .hasPrefix("Did you mean procurement?\n"))
        XCTAssertTrue(SearchResultsText.text(for: SearchIndex(catalog).results(for: "partnrship"), as: PlainText(catalog: catalog, width: 80, glyphs: .unicode))
            .hasPrefix("No match for partnrship; showing partnership.\n"))
    }

    func testTheQueryIsEchoedAsTyped() {
        let text = SearchResultsText.text(for: SearchIndex(catalog).results(for: "\"social value\""), as: PlainText(catalog: catalog, width: 80, glyphs: .unicode))
        XCTAssertTrue(text.split(separator: "\n")[0].hasSuffix(" for \"social value\""), text)
        let plainWords = SearchResultsText.text(for: SearchIndex(catalog).results(for: "social value"), as: PlainText(catalog: catalog, width: 80, glyphs: .unicode))
        XCTAssertTrue(plainWords.split(separator: "\n")[0].hasSuffix(" for \"social value\""), plainWords)
    }
}

import Catalog
import Layout
@testable import Navigation
import TestSupport
import XCTest

/// Issue 18's table, typed into the `/` prompt of a toolkit that spells its words every way:
/// each query finds the same pages as its other spellings, and Enter opens them with the marks
/// the list counted.
final class ForgivingSearchTransitionTests: XCTestCase {
    private let catalog = SearchFixture.catalog
    private let size = Size(columns: 80, rows: 24)
    private var menu: State { State(catalog: catalog, size: size) }

    private func typing(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> State {
        typingSearch(text, from: menu, in: catalog, file: file, line: line)
    }

    /// What Enter on the prompt's entry `selection` leaves, built directly: the search kept as
    /// `searched`, the list and the menu in history, and the page laid out whole with its matches
    /// marked in its text, the first one current and on screen.
    private func submitted(_ typed: State, searched: String, selection: Int = 0) -> (inout State) -> Void {
        { [catalog, menu] state in
            let prompt = typed.prompt!
            let page = catalog[prompt.pages[selection]]
            let document = PageLayout(width: 76, glyphs: .unicode).document(for: page)
            let matches = document.matches(of: SearchQuery(searched), before: page.footerStart)
            let rows = Frame(self.size).bodyRows
            let scroll = matches.first.map { $0.row < rows ? 0 : min($0.row - 2, max(0, document.lines.count - rows)) } ?? 0
            state.prompt = nil
            state.search = SearchSession(query: SearchQuery(searched), hits: prompt.pages)
            state.history = [menu.place, Place(id: .root, scroll: 0, focus: selection, results: searched)]
            state.place = Place(id: page.id, scroll: scroll)
            state.document = document
            state.matches = matches
            state.currentMatch = matches.isEmpty ? nil : 0
        }
    }

    /// What a search for the list's query looks for once submitted: a last word still being
    /// completed gets a `*` when, as a word of its own, it finds other pages.
    private func searched(_ typed: State) -> String {
        let query = typed.prompt!.query!
        guard query.isCompleting, SearchIndex(catalog).search(query.text).map(\.id) != typed.prompt!.pages else { return query.text }
        return query.text + "*"
    }

    /// The prompt after typing `query`, with Enter pressed on `page`'s entry.
    private func open(_ query: String, at page: String) -> State {
        var state = typing(query)
        let typed = state
        let index = state.prompt?.pages.firstIndex(of: PageID(page)) ?? 0
        for selection in 0..<index { state = assertTransition(state, .key(.down)) { $0.prompt?.selection = selection + 1 } }
        return assertTransition(state, .key(.enter), submitted(typed, searched: searched(typed), selection: index))
    }

    private func menuOrder(_ pages: [PageID]?) -> [String] {
        (pages ?? []).sorted { catalog.pagesInMenuOrder.firstIndex(of: $0)! < catalog.pagesInMenuOrder.firstIndex(of: $1)! }.map(\.path)
    }

    func testEachRowOfTheTableFindsItsPagesInThePrompt() {
        for (query, pages) in SearchFixture.expected {
            XCTAssertEqual(menuOrder(typing(query).prompt?.pages), pages, query)
        }
    }

    func testEnterOpensTheFirstResultWithAsManyMarksAsTheListCounted() {
        for (query, _) in SearchFixture.expected {
            let typed = typing(query)
            let counted = SearchIndex(catalog).search(typed.prompt?.query ?? SearchQuery(query))
            let opened = assertTransition(typed, .key(.enter), submitted(typed, searched: searched(typed)))
            XCTAssertEqual(opened.place.id, counted.first?.id, query)
            XCTAssertEqual(opened.matches.count, counted.first?.count, "\(query): marks on \(opened.place.id)")
            XCTAssertEqual(opened.currentMatch, 0, query)
        }
    }

    func testAPhraseMarksTheWholePhraseAndNotTheWordsApart() {
        let opened = open("\"social value\"", at: "cases/leicester")
        XCTAssertEqual(opened.place.id, PageID("cases/leicester"))
        XCTAssertEqual(opened.matches.count, 1)
        let marked = opened.matches[0].parts.map { Array(opened.document.lines[$0.row].text)[$0.range].map(String.init).joined() }
        XCTAssertEqual(marked.joined(separator: " "), "social value", "a phrase that wraps is marked on both lines")
    }

    func testAHyphenatedWordIsOneMatchWhicheverWayItIsTyped() {
        for query in ["co-production", "coproduction", "co production"] {
            let opened = open(query, at: "cases/leicester")
            XCTAssertEqual(opened.place.id, PageID("cases/leicester"), query)
            let marked = opened.matches.map { Array(opened.document.lines[$0.row].text)[$0.range].map(String.init).joined() }
            XCTAssertEqual(marked, ["Co-production"], query)
        }
    }

    func testTheLastWordFindsPagesBeforeItIsFinishedAndEnterKeepsWhatTheListShowed() {
        let typed = typing("proc")
        XCTAssertEqual(menuOrder(typed.prompt?.pages), ["cases/oldham", "tools/checklist"])
        XCTAssertNil(typed.prompt?.suggestion, "a word being typed is not called a misspelling")
        assertTransition(typed, .key(.enter), submitted(typed, searched: "proc*"))
    }

    func testAMisspellingThatMatchesNothingSuggestsTheToolkitsWordAndListsItsPages() {
        let typed = typing("procuremnt ")
        XCTAssertEqual(typed.prompt?.suggestion, "procurement")
        XCTAssertEqual(menuOrder(typed.prompt?.pages), ["cases/oldham", "tools/checklist"])
        XCTAssertEqual(typed.prompt?.list.lines.first?.text.hasPrefix("No match for procuremnt; showing procurement."), true,
                       typed.prompt?.list.lines.first?.text ?? "")
        let opened = assertTransition(typed, .key(.enter)) {
            self.submitted(typed, searched: "procurement")(&$0)
            $0.notice = "No match for procuremnt; showing procurement."
        }
        XCTAssertFalse(opened.matches.isEmpty)
    }

    func testAMisspellingThatMatchesByItsStemStillOffersTheSpelling() {
        let typed = typing("procurment ")
        XCTAssertEqual(typed.prompt?.suggestion, "procurement")
        XCTAssertEqual(menuOrder(typed.prompt?.pages), ["cases/oldham", "tools/checklist"])
        XCTAssertEqual(typed.prompt?.list.lines.first?.text.hasPrefix("Did you mean procurement?"), true)
    }

    func testNothingCloseMeansNoSuggestion() {
        let typed = typing("zzqx ")
        XCTAssertNil(typed.prompt?.suggestion)
        XCTAssertEqual(typed.prompt?.pages, [])
        XCTAssertEqual(typed.prompt?.list.lines.first?.text, "No pages match.")
    }

    func testOneMatchIsSingular() {
        let typed = typing("Plymouth")
        XCTAssertEqual(typed.prompt?.list.lines.first?.text, "1 match in 1 page")
        XCTAssertTrue(typed.prompt?.list.lines.contains { $0.text.hasSuffix("1 match") } == true)
    }

    func testTitlesComeFirstThenTheMoreRelevantPage() {
        XCTAssertEqual(typing("procurement ").prompt?.pages.map(\.path), ["tools/checklist", "cases/oldham"])
        XCTAssertEqual(typing("Barnardo's").prompt?.pages.count, 3)
    }
}

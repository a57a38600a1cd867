import Catalog
import Layout
@testable import Navigation
import TestSupport
import XCTest

final class SearchTransitionTests: XCTestCase {
    private let catalog = Fixture.catalog
    private let size = Size(columns: 80, rows: 24)
    private var menu: State { State(catalog: catalog, size: size) }

    private func typing(_ text: String, from start: State? = nil, file: StaticString = #filePath, line: UInt = #line) -> State {
        typingSearch(text, from: start ?? menu, in: catalog, file: file, line: line)
    }

    /// Shows `id` as a search leaves it, built directly: laid out whole, the matches of `query`
    /// in its text (not its footer) marked, and match `current` on screen, the page scrolled to
    /// put it two lines below the top when it was not already between `scroll` and the bottom.
    private func show(_ id: String, matching query: SearchQuery, current: Int, from scroll: Int = 0, in state: inout State) {
        let page = catalog[PageID(id)]
        let document = PageLayout(width: 76, glyphs: .unicode).document(for: page)
        let matches = document.matches(of: query, before: page.footerStart)
        let (row, rows) = (matches[current].row, Frame(size).bodyRows)
        let onScreen = (scroll..<scroll + rows).contains(row)
        state.place = Place(id: PageID(id), scroll: onScreen ? scroll : min(max(0, row - 2), max(0, document.lines.count - rows)))
        state.document = document
        state.matches = matches
        state.currentMatch = current
    }

    /// The results list for `query` as the whole index answers it, laid out directly.
    private func resultsList(_ query: String) -> Document {
        ListLayout(width: 76, glyphs: .unicode).results(SearchIndex(catalog).search(query), query: query, in: catalog)
    }

    func testSlashOpensAPromptThatListsResultsAsYouType() {
        let open = typing("")
        XCTAssertEqual(open.context, .prompt)
        XCTAssertEqual(open.prompt?.pages, [])
        let typed = typing("part")
        XCTAssertEqual(typed.prompt?.pages, [PageID("alpha/one"), PageID("alpha/two")])
        XCTAssertTrue(typed.prompt?.list.lines.first?.text.hasSuffix(" matches in 2 pages") == true)
    }

    func testEscapeCancelsBackToExactlyWhereYouWere() {
        let scrolled = assertTransition(State(catalog: catalog, size: size, start: PageID("alpha/one")), .key(.pageDown)) { $0.place.scroll = 21 }
        let typed = typing("para", from: scrolled)
        // Back where the reader was, with the index the prompt built kept.
        assertTransition(typed, .key(.escape)) { $0.prompt = nil }
    }

    func testControlAndBidiCharactersAreNeverTyped() {
        let open = typing("")
        assertTransition(open, .key(.character("\u{202E}")))
        assertTransition(open, .key(.character("\u{9B}")))
    }

    func testBackspaceDeletesAndKeepsThePromptOpenWhenEmpty() {
        let deleted = assertTransition(typing("s"), .key(.backspace)) { $0.prompt = .search("", in: self.catalog) }
        assertTransition(deleted, .key(.backspace))
        assertTransition(deleted, .key(.escape)) { $0.prompt = nil }
    }

    func testEnterOpensTheResultAtItsFirstMatchAndBackWalksHome() {
        let typed = typing("part")
        let listed = Place(id: .root, scroll: 0, focus: 0, results: "part")
        let opened = assertTransition(typed, .key(.enter)) {
            $0.prompt = nil
            $0.search = SearchSession(query: SearchQuery("part"), hits: [PageID("alpha/one"), PageID("alpha/two")])
            $0.history = [self.menu.place, listed]
            self.show("alpha/one", matching: SearchQuery("part"), current: 0, in: &$0)
        }
        XCTAssertFalse(opened.matches.isEmpty)
        let results = assertTransition(opened, .key(.left)) {
            $0.history = [self.menu.place]
            $0.forward = [opened.place]
            $0.place = listed
            $0.document = self.resultsList("part")
            $0.matches = $0.document.matches(of: SearchQuery("part"))
            $0.currentMatch = nil
        }
        XCTAssertEqual(results.context, .results)
        assertTransition(results, .key(.left)) {
            $0.history = []
            $0.forward = [opened.place, listed]
            $0.place = self.menu.place
            $0.document = self.menu.document
            $0.matches = self.menu.document.matches(of: SearchQuery("part"))
        }
    }

    func testNStepsThroughMatchesAndOnToTheNextPage() {
        let query = SearchQuery("part")
        var state = assertTransition(typing("part"), .key(.enter)) {
            $0.prompt = nil
            $0.search = SearchSession(query: query, hits: [PageID("alpha/one"), PageID("alpha/two")])
            $0.history = [self.menu.place, Place(id: .root, scroll: 0, focus: 0, results: "part")]
            self.show("alpha/one", matching: query, current: 0, in: &$0)
        }
        let count = state.matches.count
        XCTAssertGreaterThan(count, 2, "the fixture's first page has several matches")
        for index in 1..<count {
            let scroll = state.place.scroll
            state = assertTransition(state, .key(.character("n"))) { self.show("alpha/one", matching: query, current: index, from: scroll, in: &$0) }
            XCTAssertTrue((state.place.scroll..<state.place.scroll + state.frame.bodyRows).contains(state.matches[index].row))
        }
        let lastOfFirst = state
        state = assertTransition(state, .key(.character("n"))) {
            $0.history.append(lastOfFirst.place)
            self.show("alpha/two", matching: query, current: 0, in: &$0)
        }
        assertTransition(state, .key(.character("n"))) { $0.notice = "That was the last match of the last page." }
        assertTransition(state, .key(.character("N"))) {
            $0.history.append(state.place)
            self.show("alpha/one", matching: query, current: count - 1, in: &$0)
        }
    }

    func testTheReadingPlaceOfAResultsListIsThePageBeforeIt() {
        let opened = reduce(typing("part"), .key(.enter)).state
        XCTAssertEqual(opened.readingPlace, opened.place)
        let results = reduce(opened, .key(.left)).state
        XCTAssertEqual(results.readingPlace, menu.place)
    }

    func testNWithoutASearchExplains() {
        assertTransition(State(catalog: catalog, size: size, start: PageID("alpha/one")), .key(.character("n"))) {
            $0.notice = "No search yet: / searches every page."
        }
    }

    func testEscapeOnAPageClearsTheMarks() {
        let opened = reduce(typing("part"), .key(.enter)).state // as testEnterOpens... asserts
        assertTransition(opened, .key(.escape)) {
            $0.search = nil
            $0.matches = []
            $0.currentMatch = nil
        }
    }

    func testASearchWithNoResultsSaysSo() {
        let typed = typing("zq")
        assertTransition(typed, .key(.enter)) {
            $0.prompt = nil
            $0.notice = "No pages match \"zq\"."
        }
    }

    func testAMenuFoundByItsLeadTextKeepsAVisibleSelectionInAShortWindow() {
        let lead = (1...12).map { "Paragraph \($0) of the lead." }.joined(separator: "\n\n") + "\n\nThe zebra is here.\n"
        let catalog = Fixture.load([
            Fixture.root,
            Fixture.page("section/index.md", frontMatter: "title: Section", body: lead),
            Fixture.page("section/one.md", frontMatter: "title: One"),
            Fixture.page("section/two.md", frontMatter: "title: Two"),
        ])
        let window = Size(columns: 40, rows: 8)
        let (width, rows) = (Frame(window).textWidth, Frame(window).bodyRows)
        var state = assertTransition(State(catalog: catalog, size: window), .key(.character("/"))) {
            $0.searchIndex.index = SearchIndex(catalog)
            $0.prompt = .search("", in: catalog, width: width)
        }
        var typed = ""
        for character in "zebra" {
            typed.append(character)
            state = assertTransition(state, .key(.character(character))) { [typed] in $0.prompt = .search(typed, in: catalog, width: width) }
        }
        // The menu opens with the match two lines below the top, or as near as the short window
        // allows, and the first item on screen selected; here no item shares the screen with the
        // match, and the selection wins: the first item, at the bottom of the screen.
        let query = SearchQuery("zebra")
        let from = state.place
        state = assertTransition(state, .key(.enter)) {
            let document = MenuLayout(width: width, glyphs: .unicode).document(for: catalog[PageID("section")], in: catalog, rows: rows)
            let matches = document.matches(of: query, before: 0)
            let scroll = min(max(0, matches[0].row - min(2, rows / 3)), max(0, document.lines.count - rows))
            let itemOnScreen = document.targets.firstIndex { $0.lastRow >= scroll && $0.firstRow < scroll + rows }
            XCTAssertNil(itemOnScreen, "the lead is long enough to put the match a screen below the items")
            $0.prompt = nil
            $0.search = SearchSession(query: query, hits: [PageID("section")])
            $0.history = [from, Place(id: .root, scroll: 0, focus: 0, results: "zebra")]
            $0.place = Place(id: PageID("section"), scroll: max(0, document.targets[0].lastRow - rows + 1), focus: 0)
            $0.document = document
            $0.matches = matches
            $0.currentMatch = 0
        }
        let focus = try? XCTUnwrap(state.place.focus, "a menu always has a selection")
        XCTAssertTrue(focus.map(state.isVisible) ?? false, "and shows it")
    }
}

extension Prompt {
    /// The search prompt for `text` as the reader should see it, built directly from `index`'s
    /// answer (by default the whole index of `catalog`) and the list layout: its first entry
    /// selected and the list at its top.
    static func search(_ text: String, in catalog: Catalog, index: SearchIndex? = nil, width: Int = 76) -> Prompt {
        let index = index ?? SearchIndex(catalog)
        let results = index.results(for: text, completing: true)
        let progress = index.isComplete ? nil : ListLayout.Progress(searched: index.pagesIndexed, of: index.pageCount)
        let list = ListLayout(width: width, glyphs: .unicode).results(results.hits, query: results.searched, typed: text, suggestion: results.suggestion, in: catalog, progress: progress)
        var prompt = Prompt(kind: .search, text: text, list: list, pages: results.hits.prefix(ListLayout.mostPagesListed).map(\.id),
                            suggestion: results.suggestion, query: results.query, matches: list.matches(of: results.query), selection: 0, scroll: 0)
        // Typed from the start, the cursor is after the last character.
        prompt.cursor = text.count
        return prompt
    }
}

/// Opens the search prompt on `start` and types `text`, asserting each step exhaustively: `/`
/// indexes a small toolkit whole, and each key shows the prompt built directly for what has been
/// typed so far (see `Prompt.search`).
func typingSearch(_ text: String, from start: State, in catalog: Catalog, file: StaticString, line: UInt) -> State {
    var state = assertTransition(start, .key(.character("/")), file: file, line: line) {
        $0.searchIndex.index = SearchIndex(catalog)
        $0.prompt = .search("", in: catalog)
    }
    var typed = ""
    for character in text {
        typed.append(character)
        state = assertTransition(state, .key(.character(character)), file: file, line: line) { [typed] in
            $0.prompt = .search(typed, in: catalog)
        }
    }
    return state
}

import Catalog
import Layout
@testable import Navigation
import TestSupport
import XCTest

final class SearchTransitionTests: XCTestCase {
    private let catalog = Fixture.catalog
    private let size = Size(columns: 80, rows: 24)
    private var menu: State { State(catalog: catalog, size: size) }

    private func typing(_ text: String, from start: State? = nil) -> State {
        var state = reduce(start ?? menu, .key(.character("/"))).state
        for character in text { state = reduce(state, .key(.character(character))).state }
        return state
    }

    func testSlashOpensAPromptThatListsResultsAsYouType() {
        let open = reduce(menu, .key(.character("/"))).state
        XCTAssertEqual(open.context, .prompt)
        XCTAssertEqual(open.prompt?.text, "")
        XCTAssertEqual(open.prompt?.pages, [])
        let typed = typing("part")
        XCTAssertEqual(typed.prompt?.pages, [PageID("alpha/one"), PageID("alpha/two")])
        XCTAssertEqual(typed.place, menu.place, "typing does not move the reader")
        XCTAssertTrue(typed.prompt?.list.lines.first?.text.hasSuffix(" matches in 2 pages") == true)
    }

    func testEscapeCancelsBackToExactlyWhereYouWere() {
        let scrolled = reduce(State(catalog: catalog, size: size, start: PageID("alpha/one")), .key(.pageDown)).state
        let typed = typing("para", from: scrolled)
        assertTransition(typed, .key(.escape)) { $0.prompt = nil }
        XCTAssertEqual(reduce(typed, .key(.escape)).state, scrolled)
    }

    func testControlAndBidiCharactersAreNeverTyped() {
        let open = reduce(menu, .key(.character("/"))).state
        assertTransition(open, .key(.character("\u{202E}")))
        assertTransition(open, .key(.character("\u{9B}")))
    }

    func testBackspaceDeletesAndKeepsThePromptOpenWhenEmpty() {
        let typed = typing("s")
        let deleted = reduce(typed, .key(.backspace)).state
        XCTAssertEqual(deleted.prompt?.text, "")
        assertTransition(deleted, .key(.backspace))
        XCTAssertNil(reduce(deleted, .key(.escape)).state.prompt, "Esc closes")
    }

    func testEnterOpensTheResultAtItsFirstMatchAndBackWalksHome() {
        let typed = typing("part")
        let opened = reduce(typed, .key(.enter)).state
        XCTAssertNil(opened.prompt)
        XCTAssertEqual(opened.place.id, PageID("alpha/one"))
        XCTAssertEqual(opened.search?.hits, [PageID("alpha/one"), PageID("alpha/two")])
        XCTAssertEqual(opened.currentMatch, 0)
        XCTAssertFalse(opened.matches.isEmpty)
        XCTAssertEqual(opened.history.map(\.results), [nil, "part"])
        let results = reduce(opened, .key(.left)).state
        XCTAssertEqual(results.context, .results)
        XCTAssertEqual(results.place.focus, 0)
        let home = reduce(results, .key(.left)).state
        XCTAssertEqual(home.place, menu.place)
        XCTAssertEqual(home.forward.count, 2)
    }

    func testNStepsThroughMatchesAndOnToTheNextPage() {
        var state = reduce(typing("part"), .key(.enter)).state
        let count = state.matches.count
        for index in 1..<count {
            state = reduce(state, .key(.character("n"))).state
            XCTAssertEqual(state.currentMatch, index)
            XCTAssertTrue((state.place.scroll..<state.place.scroll + state.frame.bodyRows).contains(state.matches[index].row))
        }
        state = reduce(state, .key(.character("n"))).state
        XCTAssertEqual(state.place.id, PageID("alpha/two"))
        XCTAssertEqual(state.currentMatch, 0)
        let last = reduce(state, .key(.character("n"))).state
        XCTAssertEqual(last.notice, "That was the last match of the last page.")
        let previous = reduce(state, .key(.character("N"))).state
        XCTAssertEqual(previous.place.id, PageID("alpha/one"))
        XCTAssertEqual(previous.currentMatch, count - 1)
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
        let opened = reduce(typing("part"), .key(.enter)).state
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
        var state = State(catalog: catalog, size: Size(columns: 40, rows: 8))
        for key in [Key.character("/")] + "zebra".map(Key.character) + [.enter] { state = reduce(state, .key(key)).state }
        XCTAssertEqual(state.place.id, PageID("section"))
        let focus = try? XCTUnwrap(state.place.focus, "a menu always has a selection")
        XCTAssertTrue(focus.map(state.isVisible) ?? false, "and shows it")
    }
}

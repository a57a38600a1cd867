import Catalog
import Layout
@testable import Navigation
import TestSupport
import XCTest

final class HistoryTransitionTests: XCTestCase {
    private let catalog = Fixture.catalog
    private let size = Size(columns: 80, rows: 24)
    private var menu: State { State(catalog: catalog, size: size) }

    func testForwardUndoesBackExactly() {
        let moved = reduce(menu, .key(.down)).state
        let opened = reduce(moved, .key(.enter)).state
        let back = reduce(opened, .key(.left)).state
        XCTAssertEqual(back.forward, [opened.place])
        let again = reduce(back, .key(.character("L"))).state
        XCTAssertEqual(again.place, opened.place)
        XCTAssertEqual(again.history, opened.history)
        XCTAssertEqual(again.forward, [])
        XCTAssertEqual(reduce(back, .key(.altRight)).state, again)
        assertTransition(menu, .key(.character("L"))) { $0.notice = "Nothing to go forward to." }
    }

    func testNewNavigationClearsForward() {
        let back = reduce(reduce(menu, .key(.enter)).state, .key(.left)).state
        XCTAssertFalse(back.forward.isEmpty)
        XCTAssertEqual(reduce(back, .key(.character("2"))).state.forward, [])
    }

    func testBracketsStepThroughASectionAndStopAtItsEnds() {
        let one = State(catalog: catalog, size: size, start: PageID("alpha/one"))
        let two = reduce(one, .key(.character("]"))).state
        XCTAssertEqual(two.place.id, PageID("alpha/two"))
        XCTAssertEqual(two.history, [one.place])
        assertTransition(two, .key(.character("]"))) { $0.notice = "This is the last page of Alpha." }
        XCTAssertEqual(reduce(two, .key(.character("["))).state.place.id, PageID("alpha/one"))
        assertTransition(one, .key(.character("["))) { $0.notice = "This is the first page of Alpha." }
        assertTransition(menu, .key(.character("]"))) { $0.notice = "The toolkit menu has no neighbours." }
    }

    func testUGoesUpWithThePageSelected() {
        let two = State(catalog: catalog, size: size, start: PageID("alpha/two"))
        let up = reduce(two, .key(.character("u"))).state
        XCTAssertEqual(up.place, Place(id: PageID("alpha"), scroll: 0, focus: 1))
        XCTAssertEqual(up.history, [two.place])
        assertTransition(menu, .key(.character("u"))) { $0.notice = "This is the toolkit menu." }
    }

    func testGoToTakesAMenuNumberAnIdOrATitle() {
        func goTo(_ text: String) -> State {
            var state = reduce(menu, .key(.character(":"))).state
            for character in text { state = reduce(state, .key(.character(character))).state }
            return reduce(state, .key(.enter)).state
        }
        XCTAssertEqual(goTo("1.2").place.id, PageID("alpha/two"))
        XCTAssertEqual(goTo("3").place.id, PageID("about"))
        XCTAssertEqual(goTo("beta/three").place.id, PageID("beta/three"))
        XCTAssertEqual(goTo("page tw").place.id, PageID("alpha/two"))
        XCTAssertEqual(goTo("zzz").notice, "No page matches \"zzz\".")
        XCTAssertEqual(goTo("1.2").history, [menu.place])
    }

    func testTabCompletesAGoToFromTheSelection() {
        var state = reduce(menu, .key(.character(":"))).state
        for character in "thr" { state = reduce(state, .key(.character(character))).state }
        XCTAssertEqual(reduce(state, .key(.tab)).state.prompt?.text, "beta/three")
    }

    func testInfoOpensAndCloses() {
        let info = assertTransition(menu, .key(.character("="))) { $0.overlay = .info(scroll: 0) }
        XCTAssertEqual(info.context, .info)
        assertTransition(info, .key(.escape)) { $0.overlay = nil }
        assertTransition(info, .key(.character("="))) { $0.overlay = nil }
    }
}

import Catalog
import Layout
@testable import Navigation
import TestSupport
import XCTest

final class PageTransitionTests: XCTestCase {
    private let catalog = Fixture.catalog
    private let size = Size(columns: 80, rows: 24)
    private var page: State { State(catalog: catalog, size: size, start: PageID("alpha/one")) }

    func testArrowsAndPagesScrollWithinTheDocument() {
        let state = page
        let maximum = state.document.lines.count - 21
        XCTAssertGreaterThan(maximum, 30, "the fixture page must be long enough to scroll")
        assertTransition(state, .key(.down)) { $0.place.scroll = 1 }
        assertTransition(state, .key(.up))
        assertTransition(state, .key(.pageDown)) { $0.place.scroll = 21 }
        assertTransition(state, .key(.character(" "))) { $0.place.scroll = 21 }
        let bottom = assertTransition(state, .key(.character("G"))) { $0.place.scroll = maximum }
        assertTransition(bottom, .key(.down))
        assertTransition(bottom, .key(.pageUp)) { $0.place.scroll = maximum - 21 }
        assertTransition(bottom, .key(.home)) { $0.place.scroll = 0 }
    }

    func testTabSelectsLinksInOrderAndStopsAtTheEnds() {
        var state = assertTransition(page, .key(.tab)) { $0.place.focus = 0 }
        state = assertTransition(state, .key(.tab)) { $0.place.focus = 1 }
        state = assertTransition(state, .key(.backTab)) { $0.place.focus = 0 }
        assertTransition(state, .key(.backTab)) { $0.notice = "That was the first link." }
        assertTransition(page, .key(.backTab)) { $0.place.focus = 1 }
    }

    func testTabScrollsToALinkBelowTheScreen() {
        var state = page
        for _ in 0..<2 { state = reduce(state, .key(.tab)).state }
        let target = state.document.targets[2]
        XCTAssertGreaterThan(target.firstRow, 21)
        assertTransition(state, .key(.tab)) {
            $0.place.focus = 2
            $0.place.scroll = target.lastRow - 21 + 1
        }
    }

    func testFollowingAnInPageLinkScrollsToTheHeadingAndBackReturns() {
        let focused = assertTransition(page, .key(.tab)) { $0.place.focus = 0 }
        let row = focused.document.anchors["second-part"]!
        let jumped = assertTransition(focused, .key(.enter)) {
            $0.history = [focused.place]
            $0.place = Place(id: PageID("alpha/one"), scroll: row, focus: nil)
        }
        assertTransition(jumped, .key(.left)) {
            $0.history = []
            $0.forward = [jumped.place]
            $0.place = focused.place
        }
    }

    func testFollowingALinkToAnotherPage() {
        var focused = page
        for _ in 0..<2 { focused = reduce(focused, .key(.tab)).state }
        assertTransition(focused, .key(.right)) {
            $0.history = [focused.place]
            $0.place = Place(id: PageID("alpha/two"), scroll: 0, focus: nil)
            $0.document = PageLayout(width: 76, glyphs: .unicode).document(for: self.catalog[PageID("alpha/two")])
        }
    }

    func testAWebLinkIsShownNotFollowed() {
        let index = page.document.targets.firstIndex { $0.action == .external("https://example.org/quoted") }!
        var state = page
        for _ in 0...index { state = reduce(state, .key(.tab)).state }
        XCTAssertEqual(state.place.focus, index)
        assertTransition(state, .key(.enter)) { $0.notice = "Web link (open it in a browser): https://example.org/quoted" }
    }

    func testEnterWithoutASelectedLinkExplainsTab() {
        assertTransition(page, .key(.enter)) { $0.notice = "No link is selected: Tab selects the next one." }
    }

    func testScrollingAFocusedLinkOffScreenDropsTheFocus() {
        let focused = assertTransition(page, .key(.tab)) { $0.place.focus = 0 }
        assertTransition(focused, .key(.pageDown)) {
            $0.place.scroll = 21
            $0.place.focus = nil
        }
    }

    func testANoticeLastsUntilTheNextKey() {
        let noticed = reduce(page, .key(.enter)).state
        assertTransition(noticed, .key(.down)) {
            $0.notice = nil
            $0.place.scroll = 1
        }
    }

    func testResizeReflowsButKeepsThePlace() {
        var state = page
        for _ in 0..<20 { state = reduce(state, .key(.down)).state }
        let topOrigin = state.document.lines[state.place.scroll].origin
        // The narrow page, laid out directly, scrolled to the first line of the block that was on top.
        let narrowDocument = PageLayout(width: 38, glyphs: .unicode).document(for: catalog[PageID("alpha/one")])
        let narrow = assertTransition(state, .resized(Size(columns: 40, rows: 12)), effects: [.repaint]) {
            $0.size = Size(columns: 40, rows: 12)
            $0.document = narrowDocument
            $0.place.scroll = narrowDocument.lines.firstIndex { $0.origin == topOrigin }!
        }
        assertTransition(narrow, .resized(size), effects: [.repaint]) {
            $0.size = self.size
            $0.document = state.document
            $0.place.scroll = state.document.lines.firstIndex { $0.origin == topOrigin }!
        }
        assertTransition(state, .resized(size), effects: [.repaint])
    }

    func testStartingAtAnAnchorScrollsToIt() {
        let state = State(catalog: catalog, size: size, start: PageID("alpha/one"), anchor: "second-part")
        XCTAssertEqual(state.place.scroll, state.document.anchors["second-part"])
    }
}

import Catalog
import Layout
@testable import Navigation
import TestSupport
import XCTest

/// Reopening the place the last run left: the status line says so once, with the way to the menu.
final class ReopenTransitionTests: XCTestCase {
    private let catalog = Fixture.catalog
    private let size = Size(columns: 80, rows: 24)

    func testAReopenedPageSaysSoWithTheKeyThatLeadsToTheMenu() {
        let page = State(catalog: catalog, size: size, start: PageID("alpha/one"), scroll: 3, reopened: true)
        XCTAssertEqual(page.notice, "Reopened where you left off: press u twice for the toolkit menu.")
        var fresh = State(catalog: catalog, size: size, start: PageID("alpha/one"), scroll: 3)
        XCTAssertNil(fresh.notice)
        fresh.notice = page.notice
        XCTAssertEqual(page, fresh, "reopening changes nothing but the notice")
        XCTAssertEqual(State(catalog: catalog, size: size, start: PageID("alpha"), reopened: true).notice,
                       "Reopened where you left off: press u for the toolkit menu.")
        XCTAssertEqual(State(catalog: catalog, size: size, start: PageID("about"), reopened: true).notice,
                       "Reopened where you left off: press u for the toolkit menu.")
    }

    func testTheMenuIsNotAnnouncedAsReopened() {
        XCTAssertNil(State(catalog: catalog, size: size, reopened: true).notice)
    }

    func testTheNoticeIsShownOnceAndTheAdvertisedKeysReachTheMenu() {
        let page = State(catalog: catalog, size: size, start: PageID("alpha/one"), reopened: true)
        let scrolled = assertTransition(page, .key(.down)) { $0.notice = nil; $0.place.scroll = 1 }
        XCTAssertEqual(reduce(page, .resized(Size(columns: 60, rows: 20))).state.notice, page.notice,
                       "a resize is not the reader's answer: the notice stays")
        let section = reduce(scrolled, .key(.character("u"))).state
        XCTAssertEqual(section.place.id, PageID("alpha"))
        XCTAssertEqual(reduce(section, .key(.character("u"))).state.place.id, .root)
    }
}

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
        // A resize is not the reader's answer: the notice stays, and the page is as if opened reopened at the new size.
        assertTransition(page, .resized(Size(columns: 60, rows: 20)), effects: [.repaint]) {
            $0 = State(catalog: self.catalog, size: Size(columns: 60, rows: 20), start: PageID("alpha/one"), reopened: true)
        }
        let section = assertTransition(scrolled, .key(.character("u"))) {
            $0.history = [scrolled.place]
            $0.place = Place(id: PageID("alpha"), scroll: 0, focus: 0)
            $0.document = MenuLayout(width: 76, glyphs: .unicode).document(for: self.catalog[PageID("alpha")], in: self.catalog, rows: 21)
        }
        assertTransition(section, .key(.character("u"))) {
            $0.history = [scrolled.place, section.place]
            $0.place = Place(id: .root, scroll: 0, focus: 0)
            $0.document = MenuLayout(width: 76, glyphs: .unicode).document(for: self.catalog.root, in: self.catalog, rows: 21)
        }
    }
}

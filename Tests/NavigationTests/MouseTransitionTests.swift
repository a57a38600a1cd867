import Catalog
import Layout
@testable import Navigation
import TestSupport
import XCTest

final class MouseTransitionTests: XCTestCase {
    private let catalog = Fixture.catalog
    private let size = Size(columns: 80, rows: 24)

    func testTheWheelScrollsAPageThreeLines() {
        let page = State(catalog: catalog, size: size, start: PageID("alpha/one"))
        let down = assertTransition(page, .mouse(.wheelDown)) { $0.place.scroll = 3 }
        assertTransition(down, .mouse(.wheelUp)) { $0.place.scroll = 0 }
        assertTransition(page, .mouse(.wheelUp))
    }

    func testTheWheelMovesAMenuSelection() {
        let menu = State(catalog: catalog, size: size)
        assertTransition(menu, .mouse(.wheelDown)) { $0.place.focus = 1 }
    }

    func testClickingAMenuItemOpensIt() {
        let menu = State(catalog: catalog, size: size)
        let row = menu.frame.bodyTop + menu.document.targets[1].firstRow
        assertTransition(menu, .mouse(.click(row: row, column: 40))) {
            $0.history = [Place(id: .root, scroll: 0, focus: 1)]
            $0.place = Place(id: PageID("beta"), scroll: 0, focus: 0)
            $0.document = MenuLayout(width: 76, glyphs: .unicode).document(for: self.catalog[PageID("beta")], in: self.catalog)
        }
    }

    func testClickingALinkFollowsItAndClickingTextDoesNothing() {
        let page = State(catalog: catalog, size: size, start: PageID("alpha/one"))
        let target = page.document.targets[1]
        let row = page.frame.bodyTop + target.firstRow
        assertTransition(page, .mouse(.click(row: row, column: page.frame.margin + target.column))) {
            $0.history = [Place(id: PageID("alpha/one"), scroll: 0, focus: 1)]
            $0.place = Place(id: PageID("alpha/two"), scroll: 0, focus: nil)
            $0.document = PageLayout(width: 76, glyphs: .unicode).document(for: self.catalog[PageID("alpha/two")])
        }
        assertTransition(page, .mouse(.click(row: row, column: page.frame.margin)))
        assertTransition(page, .mouse(.click(row: 0, column: 0)))
        assertTransition(page, .mouse(.click(row: 23, column: 5)))
    }

    func testTheMouseDoesNothingUnderHelp() {
        let help = reduce(State(catalog: catalog, size: size), .key(.character("?"))).state
        assertTransition(help, .mouse(.wheelDown))
    }
}

import Catalog
import Layout
@testable import Navigation
import TestSupport
import XCTest

final class MenuTransitionTests: XCTestCase {
    private let catalog = Fixture.catalog
    private let size = Size(columns: 80, rows: 24)
    private var start: State { State(catalog: catalog, size: size) }

    func testStartsAtTheMenuWithTheFirstItemSelected() {
        XCTAssertEqual(start.place, Place(id: .root, scroll: 0, focus: 0))
        XCTAssertEqual(start.context, .menu)
        XCTAssertEqual(start.history, [])
    }

    func testDownAndUpMoveTheSelectionWithinBounds() {
        var state = assertTransition(start, .key(.down)) { $0.place.focus = 1 }
        state = assertTransition(state, .key(.character("j"))) { $0.place.focus = 2 }
        state = assertTransition(state, .key(.down))
        state = assertTransition(state, .key(.up)) { $0.place.focus = 1 }
        state = assertTransition(state, .key(.home)) { $0.place.focus = 0 }
        assertTransition(state, .key(.up))
        assertTransition(state, .key(.end)) { $0.place.focus = 2 }
    }

    func testEnterOpensTheSelectedSectionAndBackRestoresTheSelection() {
        let moved = assertTransition(start, .key(.down)) { $0.place.focus = 1 }
        let opened = assertTransition(moved, .key(.enter)) {
            $0.history = [Place(id: .root, scroll: 0, focus: 1)]
            $0.place = Place(id: PageID("beta"), scroll: 0, focus: 0)
            $0.document = MenuLayout(width: 76, glyphs: .unicode).document(for: self.catalog[PageID("beta")], in: self.catalog)
        }
        let back = assertTransition(opened, .key(.left)) {
            $0.history = []
            $0.forward = [opened.place]
            $0.place = Place(id: .root, scroll: 0, focus: 1)
            $0.document = moved.document
        }
        assertTransition(opened, .key(.backspace)) { $0 = back }
        assertTransition(opened, .key(.character("h"))) { $0 = back }
    }

    func testDigitsPickTheNthItemAndIgnoreMissingOnes() {
        let state = assertTransition(start, .key(.character("3"))) {
            $0.history = [Place(id: .root, scroll: 0, focus: 2)]
            $0.place = Place(id: PageID("about"), scroll: 0, focus: nil)
            $0.document = PageLayout(width: 76, glyphs: .unicode).document(for: self.catalog[PageID("about")])
        }
        XCTAssertEqual(state.context, .page)
        assertTransition(start, .key(.character("4")))
        assertTransition(start, .key(.character("0")))
    }

    func testBackAtTheRootDoesNothingAndEscapeNeverQuits() {
        assertTransition(start, .key(.left))
        assertTransition(start, .key(.escape))
    }

    func testBackWithoutHistoryGoesUpToTheParentWithThePageSelected() {
        let deep = State(catalog: catalog, size: size, start: PageID("alpha/two"))
        assertTransition(deep, .key(.left)) {
            $0.forward = [deep.place]
            $0.place = Place(id: PageID("alpha"), scroll: 0, focus: 1)
            $0.document = MenuLayout(width: 76, glyphs: .unicode).document(for: self.catalog[PageID("alpha")], in: self.catalog)
        }
    }

    func testQuitAndInterruptFinish() {
        assertTransition(start, .key(.character("q"))) { $0.isFinished = true }
        assertTransition(start, .interrupted) { $0.isFinished = true }
    }

    func testCtrlLAsksForARepaintAndChangesNothing() {
        assertTransition(start, .key(.control("l")), effects: [.repaint])
    }

    func testHelpOpensScrollsAndClosesWithoutQuitting() {
        let help = assertTransition(start, .key(.character("?"))) { $0.overlay = .help(scroll: 0) }
        XCTAssertEqual(help.context, .help)
        let scrolled = assertTransition(help, .key(.down)) { $0.overlay = .help(scroll: 1) }
        assertTransition(scrolled, .key(.escape)) { $0.overlay = nil }
        assertTransition(help, .key(.character("q"))) { $0.overlay = nil }
        assertTransition(help, .key(.character("?"))) { $0.overlay = nil }
        assertTransition(help, .key(.up))
    }

    func testUnboundKeysChangeNothing() {
        assertTransition(start, .key(.character("z")))
        assertTransition(start, .key(.tab))
        assertTransition(start, .key(.control("x")))
    }
}

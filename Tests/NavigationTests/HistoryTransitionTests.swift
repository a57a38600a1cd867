import Catalog
import Layout
@testable import Navigation
import TestSupport
import XCTest

final class HistoryTransitionTests: XCTestCase {
    private let catalog = Fixture.catalog
    private let size = Size(columns: 80, rows: 24)
    private var menu: State { State(catalog: catalog, size: size) }

    /// A menu laid out for the window, directly.
    private func menuDocument(_ id: String) -> Document {
        MenuLayout(width: 76, glyphs: .unicode).document(for: catalog[PageID(id)], in: catalog, rows: Frame(size).bodyRows)
    }

    /// A page laid out for the window, directly.
    private func pageDocument(_ id: String) -> Document {
        PageLayout(width: 76, glyphs: .unicode).document(for: catalog[PageID(id)])
    }

    func testForwardUndoesBackExactly() {
        let moved = assertTransition(menu, .key(.down)) { $0.place.focus = 1 }
        let opened = assertTransition(moved, .key(.enter)) {
            $0.history = [moved.place]
            $0.place = Place(id: PageID("beta"), scroll: 0, focus: 0)
            $0.document = self.menuDocument("beta")
        }
        let back = assertTransition(opened, .key(.left)) {
            $0.history = []
            $0.forward = [opened.place]
            $0.place = moved.place
            $0.document = moved.document
        }
        let forwardAgain: (inout State) -> Void = {
            $0.history = opened.history
            $0.forward = []
            $0.place = opened.place
            $0.document = opened.document
        }
        assertTransition(back, .key(.character("L")), forwardAgain)
        assertTransition(back, .key(.altRight), forwardAgain)
        assertTransition(menu, .key(.character("L"))) { $0.notice = "Nothing to go forward to." }
    }

    func testNewNavigationClearsForward() {
        let opened = assertTransition(menu, .key(.enter)) {
            $0.history = [self.menu.place]
            $0.place = Place(id: PageID("alpha"), scroll: 0, focus: 0)
            $0.document = self.menuDocument("alpha")
        }
        let back = assertTransition(opened, .key(.left)) {
            $0.history = []
            $0.forward = [opened.place]
            $0.place = self.menu.place
            $0.document = self.menu.document
        }
        assertTransition(back, .key(.character("2"))) {
            $0.history = [Place(id: .root, scroll: 0, focus: 1)]
            $0.forward = []
            $0.place = Place(id: PageID("beta"), scroll: 0, focus: 0)
            $0.document = self.menuDocument("beta")
        }
    }

    func testBracketsStepThroughASectionAndStopAtItsEnds() {
        let one = State(catalog: catalog, size: size, start: PageID("alpha/one"))
        let two = assertTransition(one, .key(.character("]"))) {
            $0.history = [one.place]
            $0.place = Place(id: PageID("alpha/two"))
            $0.document = self.pageDocument("alpha/two")
        }
        assertTransition(two, .key(.character("]"))) { $0.notice = "This is the last page of Alpha." }
        assertTransition(two, .key(.character("["))) {
            $0.history = [one.place, two.place]
            $0.place = Place(id: PageID("alpha/one"))
            $0.document = self.pageDocument("alpha/one")
        }
        assertTransition(one, .key(.character("["))) { $0.notice = "This is the first page of Alpha." }
        assertTransition(menu, .key(.character("]"))) { $0.notice = "The toolkit menu has no neighbours." }
    }

    func testUGoesUpWithThePageSelected() {
        let two = State(catalog: catalog, size: size, start: PageID("alpha/two"))
        assertTransition(two, .key(.character("u"))) {
            $0.history = [two.place]
            $0.place = Place(id: PageID("alpha"), scroll: 0, focus: 1)
            $0.document = self.menuDocument("alpha")
        }
        assertTransition(menu, .key(.character("u"))) { $0.notice = "This is the toolkit menu." }
    }

    /// The menu with `text` typed after `:`.
    private func typingGoTo(_ text: String) -> State {
        text.reduce(reduce(menu, .key(.character(":"))).state) { reduce($0, .key(.character($1))).state }
    }

    func testGoToTakesAMenuNumberAnIdOrATitle() {
        for (text, page, document) in [("1.2", "alpha/two", pageDocument("alpha/two")), ("3", "about", pageDocument("about")),
                                       ("beta/three", "beta/three", pageDocument("beta/three")), ("page tw", "alpha/two", pageDocument("alpha/two"))] {
            assertTransition(typingGoTo(text), .key(.enter)) {
                $0.prompt = nil
                $0.history = [self.menu.place]
                $0.place = Place(id: PageID(page))
                $0.document = document
            }
        }
        assertTransition(typingGoTo("zzz"), .key(.enter)) {
            $0.prompt = nil
            $0.notice = "No page matches \"zzz\"."
        }
    }

    func testTabCompletesAGoToFromTheSelection() {
        // Tab gives the prompt the completion typed out would.
        assertTransition(typingGoTo("thr"), .key(.tab)) { $0.prompt = self.typingGoTo("beta/three").prompt }
    }

    func testInfoOpensAndCloses() {
        let info = assertTransition(menu, .key(.character("="))) { $0.overlay = .info(scroll: 0) }
        XCTAssertEqual(info.context, .info)
        assertTransition(info, .key(.escape)) { $0.overlay = nil }
        assertTransition(info, .key(.character("="))) { $0.overlay = nil }
    }
}

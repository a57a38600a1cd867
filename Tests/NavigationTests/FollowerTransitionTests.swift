import Catalog
import Layout
@testable import Navigation
import TestSupport
import XCTest

final class FollowerTransitionTests: XCTestCase {
    private let catalog = PresentingFixture.catalog
    private let window = Size(columns: 80, rows: 24)
    private let principles = PageID("principles")

    private func following(_ lines: String...) -> Follower {
        lines.reduce(Follower(catalog: catalog, window: window)) { reduce($0, .shared($1)).state }
    }

    /// The slide `page` shows in the follower's window, laid out directly by the layout.
    private func slide(of page: String, on follower: Follower) -> [Line] {
        SlideLayout(width: follower.slides.frame.textWidth, glyphs: follower.slides.glyphs).lines(for: catalog[PageID(page)], in: catalog)
    }

    /// What showing item `index` of the principles deck from its top changes.
    private func shows(_ index: Int, _ page: String) -> (inout Follower) -> Void {
        { follower in
            follower.slides.deck = Deck(menu: self.principles, in: self.catalog)
            follower.slides.item = index
            follower.slides.slideScroll = 0
            follower.slides.slide = self.slide(of: page, on: follower)
        }
    }

    /// A page opened for the follower, built directly: the window less the footer's row.
    private func reading(_ page: String, scroll: Int = 0) -> State {
        State(catalog: catalog, size: Size(columns: 80, rows: 23), start: PageID(page), scroll: scroll, workbook: .notKept)
    }

    /// The page being read after `key`, as the navigator's own step makes it (the navigator's
    /// tests say what that is): a page opened by a follower is a navigator.
    private func read(_ key: Key, on follower: Follower) -> State? {
        follower.slides.reader.map { reduce($0, .key(key)).state }
    }

    func testAFollowerShowsWhateverThePresenterShows() {
        var follower = assertTransition(following("toolkit-present 1"), .shared("slide principles 3 0")) {
            self.shows(2, "principles/fairness")(&$0)
            $0.latest = .slide(deck: self.principles, item: 2, permille: 0)
        }
        follower = assertTransition(follower, .shared("page principles/trust 0")) {
            $0.slides.reader = self.reading("principles/trust")
            $0.latest = .page(PageID("principles/trust"), permille: 0)
        }
        follower = assertTransition(follower, .shared("blank")) {
            $0.slides.isBlank = true
            $0.latest = .blank
        }
        assertTransition(follower, .shared("slide principles 1 0")) {
            $0.slides.isBlank = false
            $0.slides.reader = nil
            self.shows(0, "principles/overview")(&$0)
            $0.latest = .slide(deck: self.principles, item: 0, permille: 0)
        }
    }

    func testScrollIsSharedAsAProportionSoEachWindowShowsTheSamePartOfTheText() {
        let presenter = reduce(Presentation(catalog: catalog, window: Size(columns: 100, rows: 30), start: PageID("principles/fairness")), .key(.end)).state
        let presenterAtBottom = (0..<200).reduce(presenter) { state, _ in reduce(state, .key(.down)).state }
        guard case let .slide(_, _, permille) = presenterAtBottom.position else { return XCTFail("not a slide") }
        XCTAssertEqual(permille, 0, "End is the last item, so this slide starts at its top")
        let scrolled = (0..<200).reduce(Presentation(catalog: catalog, window: Size(columns: 100, rows: 30), start: PageID("principles/fairness"))) { state, _ in reduce(state, .key(.down)).state }
        XCTAssertEqual(scrolled.position, .slide(deck: PageID("principles"), item: 2, permille: 1000))
        assertTransition(following(), .shared(ShareMessage.line(for: scrolled.position))) {
            self.shows(2, "principles/fairness")(&$0)
            // The bottom is the bottom at any size.
            $0.slides.slideScroll = $0.slides.slide.count - $0.slides.frame.bodyRows
            $0.latest = scrolled.position
        }
    }

    func testAKeyThatMovesTakesTheFollowerExploringAndThePresenterNoLongerMovesIt() {
        var follower = assertTransition(following("slide principles 1 0"), .key(.right)) {
            $0.isFollowing = false
            self.shows(1, "principles/trust")(&$0)
        }
        // Exploring: the presenter's move is remembered, not shown.
        follower = assertTransition(follower, .shared("slide principles 4 0")) { $0.latest = .slide(deck: self.principles, item: 3, permille: 0) }
        // f rejoins where the presenter is now.
        follower = assertTransition(follower, .key(.character("f"))) {
            $0.isFollowing = true
            self.shows(3, "principles/prevention")(&$0)
        }
        assertTransition(follower, .key(.character("f"))) { $0.isFollowing = false } // f also leaves
    }

    func testFIsTypedIntoASearchNotTakenAsFollow() {
        var follower = following("page principles/trust 0")
        // Opening the search goes exploring; f and a are then typed.
        follower = assertTransition(follower, .key(.character("/"))) {
            $0.isFollowing = false
            $0.slides.reader = self.read(.character("/"), on: follower)
        }
        for key: Key in [.character("f"), .character("a")] {
            follower = assertTransition(follower, .key(key)) { $0.slides.reader = self.read(key, on: follower) }
        }
        XCTAssertEqual(follower.slides.reader?.prompt?.text, "fa")
    }

    func testHelpRedrawAndUnboundKeysKeepFollowing() {
        assertTransition(following("slide principles 1 0"), .key(.character("?"))) { $0.slides.help = 0 }
        assertTransition(following("slide principles 1 0"), .key(.control("l")), effects: [.repaint])
        assertTransition(following("slide principles 1 0"), .key(.character("z")))
    }

    func testAFollowerCannotBlankOrTimeAnything() {
        // A follower has no clock and no key echo at all; b, the presenter's blank key on a
        // slide, only takes the attendee off to explore, and t does nothing.
        let exploring = assertTransition(following("slide principles 1 0"), .key(.character("b"))) { $0.isFollowing = false }
        assertTransition(exploring, .key(.character("t")))
    }

    func testMalformedLinesAreIgnoredWithANote() {
        let before = following("slide principles 2 0")
        for line in ["slide principles", "slide principles 0 0", "slide principles 2 2000", "page a b 10", "jump 3", "", String(repeating: "\u{1b}[31m", count: 40)] {
            let after = assertTransition(before, .shared(line)) {
                $0.slides.notice = "Ignored a message from the presenter that was not understood: " + VisibleText.make(String(line.prefix(60)))
            }
            XCTAssertFalse(after.slides.notice!.contains("\u{1b}"), "the note shows control characters harmlessly")
        }
    }

    func testAPresenterSpeakingAnotherVersionOrShowingAnUnknownPageIsNamed() {
        assertTransition(following(), .shared("toolkit-present 2")) {
            $0.slides.notice = "The presenter speaks follow protocol 2; this toolkit speaks 1. Update one of them."
        }
        assertTransition(following(), .shared("page nowhere/at-all 0")) {
            $0.slides.notice = "The presenter is on a page this toolkit does not have (nowhere/at-all)."
        }
        assertTransition(following(), .shared("slide principles 9 0")) {
            $0.slides.notice = "The presenter is on an item this toolkit does not have (principles item 9)."
        }
    }

    func testWhenThePresenterLeavesTheFollowerKeepsReadingAndWaits() {
        assertTransition(following("slide principles 2 0"), .shareClosed) {
            $0.isConnected = false
            $0.latest = .ended
            $0.slides.notice = "The presenter has stopped sharing; waiting for them to share again. q quits."
        }
    }

    func testAFollowerConnectedAgainLandsOnTheNewPresentersItem() {
        let gone = reduce(following("toolkit-present 1", "slide principles 2 0", "end"), .shareClosed).state
        let back = assertTransition(gone, .shareOpened) {
            $0.isConnected = true
            $0.slides.notice = nil
        }
        let landed = ["toolkit-present 1", "slide principles 4 0"].reduce(back) { reduce($0, .shared($1)).state }
        XCTAssertEqual(landed.slides.item, 3)
        XCTAssertTrue(landed.isFollowing)
        XCTAssertEqual(landed.latest, .slide(deck: PageID("principles"), item: 3, permille: 0))
    }

    func testAFollowerExploringWhenThePresenterReturnsKeepsExploring() {
        let exploring = reduce(following("slide principles 2 0"), .key(.right)).state
        let back = [Event.shareClosed, .shareOpened, .shared("toolkit-present 1"), .shared("slide principles 4 0")].reduce(exploring) { reduce($0, $1).state }
        XCTAssertFalse(back.isFollowing)
        XCTAssertEqual(back.slides.item, 2, "still where they went")
        XCTAssertEqual(back.presenterPlace, "principle 3 of 3", "f rejoins the presenter's new place")
    }

    func testTheNotesViewFollowsThePresentersPageNotTheFollowersOwn() {
        var follower = assertTransition(Follower(catalog: catalog, window: window, showsNotes: true), .shared("slide principles 2 0")) {
            self.shows(1, "principles/trust")(&$0)
            $0.latest = .slide(deck: self.principles, item: 1, permille: 0)
        }
        XCTAssertEqual(follower.presenterPage, PageID("principles/trust"))
        follower = assertTransition(follower, .shared("page principles/fairness 500")) {
            // Half way down, rounded: 500 thousandths of the furthest scroll.
            $0.slides.reader = self.reading("principles/fairness", scroll: (self.reading("principles/fairness").maximumScroll + 1) / 2)
            $0.latest = .page(PageID("principles/fairness"), permille: 500)
        }
        XCTAssertEqual(follower.presenterPage, PageID("principles/fairness"))
    }

    func testPositionsSurviveTheLineFormat() {
        let positions: [PresenterPosition] = [
            .slide(deck: .root, item: 0, permille: 0), .slide(deck: PageID("principles"), item: 2, permille: 1000),
            .page(PageID("a folder/with spaces%"), permille: 500), .blank, .ended,
        ]
        for position in positions {
            let line = ShareMessage.line(for: position)
            XCTAssertFalse(line.contains("\n"))
            XCTAssertEqual(ShareMessage.position(from: line), .success(position), line)
        }
        XCTAssertEqual(ShareMessage.line(for: .slide(deck: .root, item: 0, permille: 0)), "slide menu 1 0")
        XCTAssertEqual(ShareMessage.position(from: "toolkit-present 1"), .success(nil))
    }
}

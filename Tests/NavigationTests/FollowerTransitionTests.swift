import Catalog
@testable import Navigation
import TestSupport
import XCTest

final class FollowerTransitionTests: XCTestCase {
    private let catalog = PresentingFixture.catalog

    private func following(_ lines: String...) -> Follower {
        lines.reduce(Follower(catalog: catalog, window: Size(columns: 80, rows: 24))) { reduce($0, .shared($1)).state }
    }

    func testAFollowerShowsWhateverThePresenterShows() {
        var follower = following("toolkit-present 1", "slide principles 3 0")
        XCTAssertEqual(follower.slides.currentItem, PageID("principles/fairness"))
        follower = reduce(follower, .shared("page principles/trust 0")).state
        XCTAssertEqual(follower.slides.reader?.place.id, PageID("principles/trust"))
        follower = reduce(follower, .shared("blank")).state
        XCTAssertTrue(follower.slides.isBlank)
        follower = reduce(follower, .shared("slide principles 1 0")).state
        XCTAssertFalse(follower.slides.isBlank)
        XCTAssertNil(follower.slides.reader)
        XCTAssertEqual(follower.slides.item, 0)
    }

    func testScrollIsSharedAsAProportionSoEachWindowShowsTheSamePartOfTheText() {
        let presenter = reduce(Presentation(catalog: catalog, window: Size(columns: 100, rows: 30), start: PageID("principles/fairness")), .key(.end)).state
        let presenterAtBottom = (0..<200).reduce(presenter) { state, _ in reduce(state, .key(.down)).state }
        guard case let .slide(_, _, permille) = presenterAtBottom.position else { return XCTFail("not a slide") }
        XCTAssertEqual(permille, 0, "End is the last item, so this slide starts at its top")
        let scrolled = (0..<200).reduce(Presentation(catalog: catalog, window: Size(columns: 100, rows: 30), start: PageID("principles/fairness"))) { state, _ in reduce(state, .key(.down)).state }
        XCTAssertEqual(scrolled.position, .slide(deck: PageID("principles"), item: 2, permille: 1000))
        let follower = following(ShareMessage.line(for: scrolled.position))
        XCTAssertEqual(follower.slides.slideScroll, follower.slides.maximumSlideScroll, "the bottom is the bottom at any size")
    }

    func testAKeyThatMovesTakesTheFollowerExploringAndThePresenterNoLongerMovesIt() {
        var follower = following("slide principles 1 0")
        follower = reduce(follower, .key(.right)).state
        XCTAssertFalse(follower.isFollowing)
        XCTAssertEqual(follower.slides.item, 1)
        follower = reduce(follower, .shared("slide principles 4 0")).state
        XCTAssertEqual(follower.slides.item, 1, "exploring: the presenter's move is remembered, not shown")
        XCTAssertEqual(follower.latest, .slide(deck: PageID("principles"), item: 3, permille: 0))
        follower = reduce(follower, .key(.character("f"))).state
        XCTAssertTrue(follower.isFollowing)
        XCTAssertEqual(follower.slides.item, 3, "f rejoins where the presenter is now")
        follower = reduce(follower, .key(.character("f"))).state
        XCTAssertFalse(follower.isFollowing, "f also leaves")
    }

    func testFIsTypedIntoASearchNotTakenAsFollow() {
        var follower = following("page principles/trust 0")
        for key in [Key.character("/"), .character("f"), .character("a")] { follower = reduce(follower, .key(key)).state }
        XCTAssertEqual(follower.slides.reader?.prompt?.text, "fa")
        XCTAssertFalse(follower.isFollowing, "opening the search went exploring")
    }

    func testHelpRedrawAndUnboundKeysKeepFollowing() {
        for key in [Key.character("?"), .control("l"), .character("z")] {
            XCTAssertTrue(reduce(following("slide principles 1 0"), .key(key)).state.isFollowing, "\(key)")
        }
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
            let after = reduce(before, .shared(line)).state
            XCTAssertEqual(after.slides.item, before.slides.item, line)
            XCTAssertTrue(after.slides.notice?.hasPrefix("Ignored a message from the presenter that was not understood") == true, line)
            XCTAssertFalse(after.slides.notice!.contains("\u{1b}"), "the note shows control characters harmlessly")
        }
    }

    func testAPresenterSpeakingAnotherVersionOrShowingAnUnknownPageIsNamed() {
        XCTAssertEqual(following("toolkit-present 2").slides.notice,
                       "The presenter speaks follow protocol 2; this toolkit speaks 1. Update one of them.")
        XCTAssertEqual(following("page nowhere/at-all 0").slides.notice,
                       "The presenter is on a page this toolkit does not have (nowhere/at-all).")
        XCTAssertEqual(following("slide principles 9 0").slides.notice,
                       "The presenter is on an item this toolkit does not have (principles item 9).")
    }

    func testWhenThePresenterLeavesTheFollowerKeepsReadingAndWaits() {
        let follower = reduce(following("slide principles 2 0"), .shareClosed).state
        XCTAssertFalse(follower.isConnected)
        XCTAssertEqual(follower.slides.item, 1)
        XCTAssertEqual(follower.slides.notice, "The presenter has stopped sharing; waiting for them to share again. q quits.")
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
        var follower = reduce(Follower(catalog: catalog, window: Size(columns: 80, rows: 24), showsNotes: true), .shared("slide principles 2 0")).state
        XCTAssertEqual(follower.presenterPage, PageID("principles/trust"))
        follower = reduce(follower, .shared("page principles/fairness 500")).state
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

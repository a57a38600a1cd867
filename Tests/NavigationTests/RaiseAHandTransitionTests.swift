import Catalog
@testable import Navigation
import TestSupport
import XCTest

/// A follower raises and lowers a hand with one key; the presenter sees how many are up and
/// lowers them all.
final class RaiseAHandTransitionTests: XCTestCase {
    private let catalog = RoomFixture.catalog
    private let hand = Key.character("H")
    private let item = RoomQuestion(number: 1, kind: .item, page: RoomFixture.page, index: 0)

    private func following(_ lines: String...) -> Follower {
        lines.reduce(Follower(catalog: catalog, window: Size(columns: 80, rows: 24))) { reduce($0, .shared($1)).state }
    }

    private func presenting() -> Presentation {
        let presentation = Presentation(catalog: catalog, window: Size(columns: 80, rows: 24), start: RoomFixture.page)
        return [.tick(0), .followersChanged(20)].reduce(presentation) { reduce($0, $1).state }
    }

    func testHRaisesTheFollowersHandAndHAgainLowersItWithoutLeavingThePresenter() {
        let raised = assertTransition(following("slide session 1 0"), .key(hand), effects: [.hand(raised: true)]) { $0.isHandRaised = true }
        assertTransition(raised, .key(hand), effects: [.hand(raised: false)]) { $0.isHandRaised = false }
        XCTAssertTrue(raised.isFollowing)
    }

    func testThePresenterLoweringEveryHandLowersThisOne() {
        let raised = reduce(following("slide session 1 0"), .key(hand)).state
        assertTransition(raised, .shared(RoomMessage.handsDown.line)) { $0.isHandRaised = false }
        XCTAssertEqual(RoomMessage.parse("hands down"), .handsDown)
    }

    func testNoHandWithoutAPresenterAndHIsTypedIntoASearch() {
        let gone = reduce(following("slide session 1 0"), .shareClosed).state
        assertTransition(gone, .key(hand)) { $0.slides.notice = nil }
        let searching = reduce(following("page session/partnership 0"), .key(.character("/"))).state
        let typed = reduce(searching, .key(hand)).state
        XCTAssertFalse(typed.isHandRaised)
        XCTAssertEqual(typed.slides.reader?.prompt?.text, "H")
    }

    func testThePresenterHearsHowManyHandsAreUpAndCLowersThemKeepingTheOpenQuestion() {
        let counted = assertTransition(presenting(), .roomCounted(RoomCount(answers: [], hands: 3))) { $0.room.hands = 3 }
        assertTransition(counted, .key(.character("c")), effects: [.clearHands(room: [])]) {
            $0.room.hands = 0
            $0.recentKeys.append(.character("c"))
        }
        let asking = [Key.character("a"), .down, .down, .enter].reduce(counted) { reduce($0, .key($1)).state }
        XCTAssertEqual(asking.question, item)
        assertTransition(asking, .key(.character("c")), effects: [.clearHands(room: [.ask(item)])]) {
            $0.room.hands = 0
            $0.recentKeys.append(.character("c"))
        }
    }
}

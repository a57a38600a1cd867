import Catalog
@testable import Navigation
import TestSupport
import XCTest

/// The presenter's join screen (J, any key returns) and the head count the loop reports.
final class JoinAndHeadCountTransitionTests: XCTestCase {
    private let catalog = PresentingFixture.catalog
    private let join = JoinInstructions(remote: "ssh -t workshop@example.org", local: "toolkit follow")

    private func presenting(join: JoinInstructions?) -> Presentation {
        Presentation(catalog: catalog, window: Size(columns: 100, rows: 30), start: PageID("principles"), join: join)
    }

    private func press(_ presentation: Presentation, _ keys: Key...) -> Presentation {
        keys.reduce(presentation) { reduce($0, .key($1)).state }
    }

    func testJShowsTheJoinScreenAndAnyKeyReturnsWithoutMoving() {
        let before = press(presenting(join: join), .right)
        let shown = press(before, .character("J"))
        var expected = before
        expected.isShowingJoin = true
        expected.recentKeys.append(.character("J"))
        XCTAssertEqual(shown, expected, "J changes nothing but the join screen (and the key echo)")
        for key: Key in [.right, .character("q"), .escape, .character("J"), .enter] {
            let back = press(shown, key)
            XCTAssertFalse(back.isShowingJoin, "\(key) returns")
            XCTAssertEqual(back.item, before.item, "\(key) only takes the join screen down")
            XCTAssertFalse(back.isFinished, "q returns rather than quits")
            XCTAssertNil(back.reader)
        }
    }

    func testJWorksWhileReadingAPageAndThePageStaysOpen() {
        let reading = press(presenting(join: join), .right, .enter)
        XCTAssertNotNil(reading.reader)
        let shown = press(reading, .character("J"))
        XCTAssertTrue(shown.isShowingJoin)
        let back = press(shown, .down)
        XCTAssertFalse(back.isShowingJoin)
        XCTAssertEqual(back.reader?.place, reading.reader?.place, "the key that closes the join screen does not scroll")
    }

    func testJWithoutSharingSaysHowToShare() {
        let presentation = press(presenting(join: nil), .character("J"))
        XCTAssertFalse(presentation.isShowingJoin)
        XCTAssertEqual(presentation.notice, "Not shared: start with toolkit present --share, and attendees can follow.")
    }

    func testJDoesNothingForAFollowerWhoHasNoJoinScreen() {
        let follower = ["toolkit-present 1", "slide principles 1 0"].reduce(Follower(catalog: catalog, window: Size(columns: 100, rows: 30))) {
            reduce($0, .shared($1)).state
        }
        assertTransition(follower, .key(.character("J")))
    }

    func testTheHeadCountIsUnknownUntilTheLoopSaysAndThenFollowsEachChange() {
        // After a first event, so that the position is published and only the count can change.
        var presentation = reduce(presenting(join: join), .tick(0)).state
        XCTAssertNil(presentation.followers)
        for count in [0, 1, 20, 19, 0] {
            let (next, effects) = reduce(presentation, .followersChanged(count))
            XCTAssertEqual(next.followers, count)
            XCTAssertEqual(effects, [])
            var expected = presentation
            expected.followers = count
            XCTAssertEqual(next, expected, "a change of head count changes nothing else")
            presentation = next
        }
        XCTAssertEqual(reduce(presentation, .followersChanged(-3)).state.followers, 0, "a count is never negative")
    }

    func testTheNavigatorAndAFollowerIgnoreHeadCounts() {
        let state = State(catalog: catalog, size: Size(columns: 80, rows: 24))
        XCTAssertEqual(reduce(state, .followersChanged(5)).state, state)
        let follower = Follower(catalog: catalog, window: Size(columns: 80, rows: 24))
        XCTAssertEqual(reduce(follower, .followersChanged(5)).state, follower)
    }
}

import Catalog
@testable import Navigation
import TestSupport
import XCTest

/// The presenter's join screen (J, any key returns) and the head count the loop reports.
final class JoinAndHeadCountTransitionTests: XCTestCase {
    private let catalog = PresentingFixture.catalog
    private let join = JoinInstructions(remote: "ssh -t workshop@example.org", local: "toolkit follow")

    /// A presentation as after its first event: followers have been told where it is.
    private func presenting(join: JoinInstructions?) -> Presentation {
        var presentation = Presentation(catalog: catalog, window: Size(columns: 100, rows: 30), start: PageID("principles"), join: join)
        presentation.published = presentation.slides.position
        return presentation
    }

    private func press(_ presentation: Presentation, _ keys: Key...) -> Presentation {
        keys.reduce(presentation) { reduce($0, .key($1)).state }
    }

    /// Presses `key`, asserting that it changes exactly `change` and echoes the key.
    @discardableResult
    private func press(_ presentation: Presentation, _ key: Key, file: StaticString = #filePath, line: UInt = #line,
                       _ change: (inout Presentation) -> Void) -> Presentation {
        assertTransition(presentation, .key(key), file: file, line: line) {
            $0.recentKeys = Array(($0.recentKeys + [key]).suffix(Presentation.echoLength))
            change(&$0)
        }
    }

    func testJShowsTheJoinScreenAndAnyKeyReturnsWithoutMoving() {
        let before = press(presenting(join: join), .right)
        // J changes nothing but the join screen (and the key echo).
        let shown = press(before, .character("J")) { $0.isShowingJoin = true }
        for key: Key in [.right, .character("q"), .escape, .character("J"), .enter] {
            // Each only takes the join screen down: q returns rather than quits.
            press(shown, key) { $0.isShowingJoin = false }
        }
    }

    func testJWorksWhileReadingAPageAndThePageStaysOpen() {
        let reading = press(presenting(join: join), .right, .enter)
        XCTAssertNotNil(reading.reader)
        let shown = press(reading, .character("J")) { $0.isShowingJoin = true }
        // The key that closes the join screen does not scroll.
        press(shown, .down) { $0.isShowingJoin = false }
    }

    func testJWithoutSharingSaysHowToShare() {
        press(presenting(join: nil), .character("J")) {
            $0.notice = "Not shared: start with toolkit present --share, and attendees can follow."
        }
    }

    func testJDoesNothingForAFollowerWhoHasNoJoinScreen() {
        let follower = ["toolkit-present 1", "slide principles 1 0"].reduce(Follower(catalog: catalog, window: Size(columns: 100, rows: 30))) {
            reduce($0, .shared($1)).state
        }
        assertTransition(follower, .key(.character("J")))
    }

    func testTheHeadCountIsUnknownUntilTheLoopSaysAndThenFollowsEachChange() {
        var presentation = presenting(join: join)
        XCTAssertNil(presentation.followers)
        // A change of head count changes nothing else.
        for count in [0, 1, 20, 19, 0] {
            presentation = assertTransition(presentation, .followersChanged(count)) { $0.followers = count }
        }
        assertTransition(presentation, .followersChanged(-3)) { $0.followers = 0 } // a count is never negative
    }

    func testTheNavigatorAndAFollowerIgnoreHeadCounts() {
        assertTransition(State(catalog: catalog, size: Size(columns: 80, rows: 24)), .followersChanged(5))
        assertTransition(Follower(catalog: catalog, window: Size(columns: 80, rows: 24)), .followersChanged(5))
    }
}

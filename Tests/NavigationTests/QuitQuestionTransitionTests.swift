import Catalog
@testable import Navigation
import TestSupport
import XCTest

/// `q` or Ctrl-C on a presenter with followers asks once; `y` (or Ctrl-C again) quits, any other
/// key stays. Alone, both quit at once, and SIGTERM or a hang-up always ends at once.
final class QuitQuestionTransitionTests: XCTestCase {
    private let catalog = PresentingFixture.catalog
    private let q = Key.character("q")

    private func presenting(followers: Int) -> Presentation {
        let presentation = Presentation(catalog: catalog, window: Size(columns: 80, rows: 24), start: PageID("principles"))
        return [.tick(0), .followersChanged(followers)].reduce(presentation) { reduce($0, $1).state }
    }

    func testQWithFollowersAsksAndYQuitsTellingThem() {
        let asking = assertTransition(presenting(followers: 3), .key(q)) {
            $0.isAskingToQuit = true
            $0.recentKeys = [self.q]
        }
        assertTransition(asking, .key(.character("y")), effects: [.publish(.ended)]) {
            $0.isAskingToQuit = false
            $0.slides.isFinished = true
            $0.published = .ended
            $0.recentKeys.append(.character("y"))
        }
    }

    func testAnyOtherKeyStaysWhereItWasAndAsksOnlyOnce() {
        let asking = reduce(presenting(followers: 3), .key(q)).state
        for key: Key in [.character("n"), .escape, .right, q] {
            assertTransition(asking, .key(key)) {
                $0.isAskingToQuit = false
                $0.recentKeys.append(key)
            }
        }
    }

    func testQWhileReadingAPageAsksToo() {
        let reading = reduce(presenting(followers: 1), .key(.enter)).state
        XCTAssertNotNil(reading.reader)
        let asking = reduce(reading, .key(q)).state
        XCTAssertTrue(asking.isAskingToQuit)
        XCTAssertFalse(asking.isFinished)
        XCTAssertEqual(asking.reader, reading.reader, "the page stays as it was")
    }

    func testCtrlCWithFollowersAsksOnceAndCtrlCAgainQuits() {
        let asking = assertTransition(presenting(followers: 3), .interruptedByKey) { $0.isAskingToQuit = true }
        assertTransition(asking, .interruptedByKey, effects: [.publish(.ended)]) {
            $0.slides.isFinished = true
            $0.published = .ended
        }
        assertTransition(asking, .key(.character("n"))) {
            $0.isAskingToQuit = false
            $0.recentKeys.append(.character("n"))
        }
    }

    func testAloneCtrlCQuitsAtOnceAsItDoesForTheNavigatorAndAFollower() {
        assertTransition(presenting(followers: 0), .interruptedByKey, effects: [.publish(.ended)]) {
            $0.slides.isFinished = true
            $0.published = .ended
        }
        assertTransition(State(catalog: catalog, size: Size(columns: 80, rows: 24)), .interruptedByKey) { $0.isFinished = true }
        let follower = Follower(catalog: catalog, window: Size(columns: 80, rows: 24))
        assertTransition(follower, .interruptedByKey) { $0.slides.isFinished = true }
    }

    func testAloneQQuitsAtOnceAndAStopSignalAlwaysDoes() {
        assertTransition(presenting(followers: 0), .key(q), effects: [.publish(.ended)]) {
            $0.slides.isFinished = true
            $0.published = .ended
            $0.recentKeys = [self.q]
        }
        assertTransition(presenting(followers: 3), .interrupted, effects: [.publish(.ended)]) {
            $0.slides.isFinished = true
            $0.published = .ended
        }
    }

    func testTheNotesScreenKnowsTheNextItem() {
        let notes = { (line: String) in reduce(Follower(catalog: self.catalog, window: Size(columns: 80, rows: 24), showsNotes: true), .shared(line)).state }
        XCTAssertEqual(notes("slide principles 2 0").presenterNextTitle, "Principle 2: Fairness")
        XCTAssertEqual(notes("slide principles 4 0").presenterNextTitle, "the end of this deck")
        XCTAssertNil(notes("page principles/trust 0").presenterNextTitle)
    }
}

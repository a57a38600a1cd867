import BuiltinContent
import Catalog
import Navigation
@testable import Rendering
import XCTest

/// `follow --plain` as text: where the presenter is, the question and its keys, the answer, the
/// tally and the hand, one fact a line, with no drawing characters.
final class FollowerTranscriptTests: XCTestCase {
    private static let builtin: Catalog = {
        guard case let .success(catalog) = CatalogLoader.load(BuiltinContent.files) else { fatalError("built-in content does not load") }
        return catalog
    }()
    private let asked = RoomQuestion(number: 1, kind: .question, page: PageID("principles/integration"), index: 1)

    private func following(_ lines: [String], keys: [Key] = []) -> Follower {
        let heard = lines.reduce(Follower(catalog: Self.builtin, window: Size(columns: 80, rows: 24), glyphs: .ascii)) { reduce($0, .shared($1)).state }
        return keys.reduce(heard) { reduce($0, .key($1)).state }
    }

    func testEachMoveIsOneLineNamingTheItemAndItsPlace() {
        XCTAssertEqual(FollowerTranscript.lines(for: following([])), ["Waiting for the presenter."])
        XCTAssertEqual(FollowerTranscript.lines(for: following(["toolkit-present 1", "slide principles 3 0"])), ["Principle 2 of 9: Integration"])
        XCTAssertEqual(FollowerTranscript.lines(for: following(["page principles/integration 0"])), ["Reading: Principle 2: Integration"])
        XCTAssertEqual(FollowerTranscript.lines(for: following(["blank"])), ["The presenter has blanked the screen."])
    }

    func testTheQuestionItsKeysTheAnswerTheTallyAndTheHand() {
        let lines = ["slide principles 3 0", RoomMessage.ask(asked).line, RoomMessage.tally(number: 1, counts: [8, 4, 2]).line]
        XCTAssertEqual(FollowerTranscript.lines(for: following(lines, keys: [.character("2"), .character("H")])), [
            "Principle 2 of 9: Integration",
            "Question for the room: Who commissions each of those services, and when did you last meet them?",
            "Answer with a number and Enter: 1 agree, 2 not sure, 3 disagree.",
            "Your answer: not sure.",
            "Tally, agree: 8 (57%)",
            "Tally, not sure: 4 (29%)",
            "Tally, disagree: 2 (14%)",
            "Your hand is up; h and Enter lowers it.",
        ])
    }

    func testAPresenterWhoLeftIsWaitedFor() {
        let gone = reduce(following(["slide principles 3 0"]), .shareClosed).state
        XCTAssertEqual(FollowerTranscript.lines(for: gone), ["The presenter has stopped sharing; waiting for them to share again. Type q and Enter to leave."])
    }
}

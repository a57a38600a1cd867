import Catalog
@testable import Navigation
import TestSupport
import XCTest

/// A follower hears the question put to the room, answers it with one key, changes the answer
/// until it closes, and sees the tally once the presenter shows it; a follower who joins late
/// gets the open question after the position.
final class AnswerTheRoomTransitionTests: XCTestCase {
    private let catalog = RoomFixture.catalog
    private let item = RoomQuestion(number: 3, kind: .item, page: RoomFixture.page, index: 1)

    private func following(_ lines: String...) -> Follower {
        lines.reduce(Follower(catalog: catalog, window: Size(columns: 80, rows: 24))) { reduce($0, .shared($1)).state }
    }

    func testRoomLinesReadBackAsTheyWereWritten() {
        let messages: [RoomMessage] = [.ask(item), .ask(RoomQuestion(number: 12, kind: .question, page: PageID("a b/c%d"), index: 0)),
                                       .tally(number: 3, counts: [14, 0, 2, 1]), .closed(number: 3)]
        for message in messages { XCTAssertEqual(RoomMessage.parse(message.line), message, message.line) }
        XCTAssertEqual(RoomMessage.ask(item).line, "ask 3 item session/partnership 2")
        for line in ["ask 3 poll session/partnership 2", "ask 0 item x 1", "ask 3 item x 0", "tally 3", "tally 3 1 -2",
                     "closed", "closed 3 4", "tally 3 1 2 3 4 5 6 7 8 9 10", "slide menu 1 0", "ask 1234567 item x 1"] {
            XCTAssertNil(RoomMessage.parse(line), line)
        }
    }

    func testAQuestionAskedShowsOnTheFollowersBandWithItsText() {
        let follower = following("toolkit-present 1", "slide session 1 0")
        let heard = assertTransition(follower, .shared(RoomMessage.ask(item).line)) {
            $0.question = HeardQuestion(self.item, text: "Do providers help design the service?")
        }
        XCTAssertEqual(heard.question?.text, "Do providers help design the service?")
        XCTAssertTrue(heard.isFollowing)
    }

    func testAQuestionThisToolkitDoesNotHaveIsSaidNeutrally() {
        let unknown = RoomQuestion(number: 1, kind: .question, page: PageID("elsewhere"), index: 0)
        assertTransition(following("slide session 1 0"), .shared(RoomMessage.ask(unknown).line)) {
            $0.question = HeardQuestion(unknown, text: nil)
        }
        XCTAssertEqual(HeardQuestion(unknown, text: nil).text, "The presenter asked a question this toolkit does not have.")
    }

    func testADigitAnswersAndAnotherChangesTheAnswerAndTheSameAgainSendsNothing() {
        let asked = following("slide session 1 0", RoomMessage.ask(item).line)
        let answered = assertTransition(asked, .key(.character("2")), effects: [.answer(question: 3, choice: 2)]) {
            $0.question?.answer = 2
        }
        let changed = assertTransition(answered, .key(.character("4")), effects: [.answer(question: 3, choice: 4)]) {
            $0.question?.answer = 4
        }
        assertTransition(changed, .key(.character("4")))
        XCTAssertTrue(changed.isFollowing, "answering does not go exploring")
    }

    func testAChoiceTheQuestionDoesNotHaveIsIgnoredAndDigitsWithoutAQuestionDoNothingHere() {
        let question = RoomQuestion(number: 1, kind: .question, page: RoomFixture.page, index: 0)
        assertTransition(following("slide session 1 0", RoomMessage.ask(question).line), .key(.character("4")))
        assertTransition(following("slide session 1 0"), .key(.character("2")))
    }

    func testTheTallyShowsAndTheSameQuestionAgainKeepsTheAnswer() {
        let answered = reduce(following("slide session 1 0", RoomMessage.ask(item).line), .key(.character("1"))).state
        let tallied = assertTransition(answered, .shared(RoomMessage.tally(number: 3, counts: [5, 2, 1, 0]).line)) {
            $0.question?.tally = [5, 2, 1, 0]
        }
        assertTransition(tallied, .shared(RoomMessage.ask(item).line))
        assertTransition(tallied, .shared(RoomMessage.tally(number: 2, counts: [1, 1, 1, 1]).line))
        assertTransition(tallied, .shared(RoomMessage.tally(number: 3, counts: [1, 1]).line))
    }

    func testClosingRemovesTheBandAndAnswersAreNoLongerSent() {
        let answered = reduce(following("slide session 1 0", RoomMessage.ask(item).line), .key(.character("1"))).state
        assertTransition(answered, .shared(RoomMessage.closed(number: 2).line))
        let closed = assertTransition(answered, .shared(RoomMessage.closed(number: 3).line)) { $0.question = nil }
        assertTransition(closed, .key(.character("2")))
    }

    func testALateJoinerGetsTheOpenQuestionAfterThePosition() {
        // What the server sends a follower who connects while a question is open and revealed.
        let follower = following("toolkit-present 1", "slide session 1 0", RoomMessage.ask(item).line,
                                 RoomMessage.tally(number: 3, counts: [1, 0, 0, 0]).line)
        XCTAssertEqual(follower.slides.currentItem, RoomFixture.page)
        XCTAssertEqual(follower.question?.question, item)
        XCTAssertEqual(follower.question?.tally, [1, 0, 0, 0])
        XCTAssertNil(follower.question?.answer)
    }

    func testThePresenterGoingAwayClosesTheQuestion() {
        let asked = following("slide session 1 0", RoomMessage.ask(item).line)
        XCTAssertNil(reduce(asked, .shareClosed).state.question)
    }
}

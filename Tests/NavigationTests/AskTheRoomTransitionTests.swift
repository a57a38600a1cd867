import Catalog
@testable import Navigation
import TestSupport
import XCTest

/// The presenter asks the room one of the page's questions or checklist items (`a`, a picker,
/// Enter), hears the counts, reveals the tally (`r`) and closes the question (`a` again).
final class AskTheRoomTransitionTests: XCTestCase {
    private let catalog = RoomFixture.catalog
    private let a = Key.character("a")
    private let r = Key.character("r")

    /// A shared presentation on the partnership page with 20 following, its position published.
    private func presenting(_ start: PageID = RoomFixture.page) -> Presentation {
        let presentation = Presentation(catalog: catalog, window: Size(columns: 80, rows: 24), start: start,
                                        join: JoinInstructions(remote: "ssh -t workshop@example.org", local: "toolkit follow"))
        return [.tick(0), .followersChanged(20)].reduce(presentation) { reduce($0, $1).state }
    }

    private func question(_ kind: RoomQuestion.Kind, _ index: Int, number: Int = 1) -> RoomQuestion {
        RoomQuestion(number: number, kind: kind, page: RoomFixture.page, index: index)
    }

    private func asking(_ presentation: Presentation, down: Int = 0) -> Presentation {
        ([a] + Array(repeating: Key.down, count: down) + [.enter]).reduce(presentation) { reduce($0, .key($1)).state }
    }

    func testAOpensAPickerOverThePageQuestionsThenItsChecklistItems() {
        let picking = assertTransition(presenting(), .key(a)) {
            $0.picker = QuestionPicker([self.question(.question, 0), self.question(.question, 1),
                                        self.question(.item, 0), self.question(.item, 1), self.question(.item, 2)])
            $0.recentKeys = [self.a]
        }
        XCTAssertEqual(picking.context, .choosing)
        XCTAssertEqual(picking.picker?.candidates.map { $0.text(in: catalog) }, [
            "Who would notice first if this went wrong?", "What would a provider say about us?",
            "Do we share the risk?", "Do providers help design the service?", "Is the contract long enough to plan?",
        ])
    }

    func testArrowsMoveThePickerWithinItsListAndKeysDoNotMoveTheSlide() {
        var picking = reduce(presenting(), .key(a)).state
        picking = assertTransition(picking, .key(.down)) { $0.picker?.selected = 1; $0.recentKeys.append(.down) }
        picking = assertTransition(picking, .key(.up)) { $0.picker?.selected = 0; $0.recentKeys.append(.up) }
        picking = assertTransition(picking, .key(.up)) { $0.recentKeys.append(.up) }
        assertTransition(picking, .key(.right)) { $0.recentKeys.append(.right) }
    }

    func testEnterAsksTheSelectedAndEscClosesThePickerWithoutAsking() {
        let picking = reduce(reduce(presenting(), .key(a)).state, .key(.down)).state
        let asked = question(.question, 1)
        assertTransition(picking, .key(.enter), effects: [.ask(asked)]) {
            $0.picker = nil
            $0.question = asked
            $0.asked = 1
            $0.room.answers = [0, 0, 0]
            $0.recentKeys.append(.enter)
        }
        assertTransition(picking, .key(.escape)) { $0.picker = nil; $0.recentKeys.append(.escape) }
    }

    func testAChecklistItemTakesFourAnswersAndAQuestionThree() {
        XCTAssertEqual(question(.item, 0).choices, ["yes", "partly", "no", "not applicable"])
        XCTAssertEqual(question(.question, 0).choices, ["agree", "not sure", "disagree"])
        XCTAssertEqual(asking(presenting(), down: 2).room.answers, [0, 0, 0, 0])
    }

    func testAOnAPageWithNothingToAskSaysSo() {
        assertTransition(presenting(PageID("session/plain")), .key(a)) {
            $0.slides.notice = "Nothing to ask here: this page has no questions for your team or checklist items."
            $0.recentKeys = [self.a]
        }
    }

    func testTheRoomsCountsArriveAsCountsAndGoOnlyToTheNotesWindowUntilRevealed() {
        let open = asking(presenting(), down: 2)
        let counted = assertTransition(open, .roomCounted(RoomCount(answers: [9, 3, 2, 0], hands: 1)),
                                       effects: [.tellNotes(question(.item, 0), tally: [9, 3, 2, 0])]) {
            $0.room = RoomCount(answers: [9, 3, 2, 0], hands: 1)
        }
        XCTAssertEqual(counted.room.answered, 14)
        assertTransition(counted, .roomCounted(RoomCount(answers: [1, 2], hands: 1)))
        let closed = reduce(counted, .key(a)).state
        assertTransition(closed, .roomCounted(RoomCount(answers: [], hands: 0))) { $0.room.hands = 0 }
    }

    func testRRevealsTheTallyToEveryoneAndAChangeIsRevealedAgain() {
        let asked = question(.item, 0)
        let open = reduce(asking(presenting(), down: 2), .roomCounted(RoomCount(answers: [2, 1, 0, 1], hands: 0))).state
        let revealed = assertTransition(open, .key(r), effects: [.reveal(asked, tally: [2, 1, 0, 1])]) {
            $0.isRevealed = true
            $0.recentKeys.append(self.r)
        }
        assertTransition(revealed, .roomCounted(RoomCount(answers: [1, 2, 0, 1], hands: 0)), effects: [.reveal(asked, tally: [1, 2, 0, 1])]) {
            $0.room.answers = [1, 2, 0, 1]
        }
    }

    func testRWithNoQuestionOpenSaysHowToAsk() {
        assertTransition(presenting(), .key(r)) {
            $0.slides.notice = "No question is open: a asks one of the page's questions."
            $0.recentKeys = [self.r]
        }
    }

    func testAAgainClosesTheQuestionKeepingWhatTheRoomSaidAndTheNextAskingHasTheNextNumber() {
        let asked = question(.question, 0)
        let open = reduce(reduce(asking(presenting()), .roomCounted(RoomCount(answers: [4, 0, 1], hands: 0))).state, .key(r)).state
        let said = RoomResult(pageID: RoomFixture.page, text: "Who would notice first if this went wrong?", choices: ["agree", "not sure", "disagree"],
                              counts: [4, 0, 1], headCount: 20, closedAt: 0)
        let closed = assertTransition(open, .key(a), effects: [.closeQuestion(asked), .keepRoomResult(said)]) {
            $0.question = nil
            $0.isRevealed = false
            $0.room.answers = []
            $0.recentKeys.append(self.a)
        }
        XCTAssertEqual(asking(closed).question, question(.question, 0, number: 2))
    }

    func testAQuestionClosedBeforeAnyAnswerIsKeptWithNoughtForEachChoice() {
        let closing = reduce(asking(presenting(), down: 2), .key(a))
        XCTAssertEqual(closing.effects.last, .keepRoomResult(RoomResult(pageID: RoomFixture.page, text: "Do we share the risk?",
                                                                        choices: ["yes", "partly", "no", "not applicable"], counts: [0, 0, 0, 0],
                                                                        headCount: 20, closedAt: 0)))
    }

    func testAResultTheWorkbookCouldNotKeepIsSaidOnTheFooter() {
        assertTransition(presenting(), .roomResultNotKept(reason: "disk I/O error")) {
            $0.slides.notice = "What the room said was not kept in the workbook: disk I/O error"
        }
    }

    func testAsksWorkWhileReadingThePageOpenedFromTheSlide() {
        let reading = reduce(presenting(), .key(.enter)).state
        XCTAssertNotNil(reading.reader)
        XCTAssertEqual(asking(reading, down: 4).question, question(.item, 2))
    }
}

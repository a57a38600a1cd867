import Catalog
@testable import Navigation
import TestSupport
import XCTest

/// A question takes agree / not sure / disagree unless its text ends by giving its own two to
/// four answers (`(answers: a / b / c)`), and a checklist item always takes its four; the
/// presenter asks with the content's answers, and a follower takes them from its own toolkit.
final class RoomQuestionChoicesTests: XCTestCase {
    private static let page = PageID("session/design")
    private let catalog = Fixture.load([
        Fixture.root,
        Fixture.page("session/index.md", frontMatter: "title: A session"),
        Fixture.page("session/design.md", frontMatter: "title: Design", body: """
            ## Questions for your team

            - Who leads the design? (answers: the council / the provider / both together)
            - Is the contract long enough?

            """),
    ])

    func testTheTextGivesTwoToFourAnswersOrTheDefaultsStand() {
        let cases: [(String, [String])] = [
            ("Who leads? (answers: us / them)", ["us", "them"]),
            ("Who leads? (answers: a / b / c / d)", ["a", "b", "c", "d"]),
            ("Who leads? (answers: only one)", ["agree", "not sure", "disagree"]),
            ("Who leads? (answers: a / b / c / d / e)", ["agree", "not sure", "disagree"]),
            ("Who leads? (answers: a / b) and more", ["agree", "not sure", "disagree"]),
            ("Who leads?", ["agree", "not sure", "disagree"]),
            ("Who leads? (answers: \u{1B}[2Jx / y)", ["^[[2Jx", "y"]),
        ]
        for (written, choices) in cases {
            XCTAssertEqual(RoomQuestion.choices(for: .question, written: written), choices, written)
        }
        XCTAssertEqual(RoomQuestion.choices(for: .item, written: "Do we? (answers: a / b)"), ["yes", "partly", "no", "not applicable"])
    }

    func testThePresenterAsksWithTheContentsAnswersAndShowsTheQuestionWithoutThem() throws {
        let candidates = RoomQuestion.candidates(on: catalog[Self.page], number: 1)
        XCTAssertEqual(candidates.map(\.choices), [["the council", "the provider", "both together"], ["agree", "not sure", "disagree"]])
        XCTAssertEqual(candidates[0].text(in: catalog), "Who leads the design?")
        let presentation = Presentation(catalog: catalog, window: Size(columns: 80, rows: 24), start: Self.page)
        let asked = ["a", "\r"].reduce(reduce(presentation, .followersChanged(3)).state) { state, key in
            reduce(state, .key(key == "\r" ? .enter : .character(Character(key)))).state
        }
        XCTAssertEqual(asked.question?.choices, ["the council", "the provider", "both together"])
        XCTAssertEqual(asked.room.answers, [0, 0, 0])
    }

    func testAFollowerTakesTheAnswersItsOwnToolkitGives() {
        let line = RoomMessage.ask(RoomQuestion(number: 4, kind: .question, page: Self.page, index: 0)).line
        let follower = ["toolkit-present 1", "slide session 1 0", line].reduce(Follower(catalog: catalog, window: Size(columns: 80, rows: 24))) {
            reduce($0, .shared($1)).state
        }
        XCTAssertEqual(follower.question?.question.choices, ["the council", "the provider", "both together"])
        XCTAssertEqual(follower.question?.text, "Who leads the design?")
        let answered = reduce(follower, .key(.character("3")))
        XCTAssertEqual(answered.effects, [.answer(question: 4, choice: 3)])
        XCTAssertEqual(reduce(follower, .key(.character("4"))).effects, [], "there is no fourth answer")
    }
}

import BuiltinContent
import Catalog
import Layout
import Navigation
@testable import Rendering
import TestSupport
import XCTest

/// A question put to the room on the built-in toolkit at 80x24: the presenter's picker and open
/// question with its "answered" count, a follower's band before and after answering, and the
/// tally revealed as bars with counts and percentages written out.
final class RoomSnapshotTests: XCTestCase {
    private static let builtin: Catalog = {
        guard case let .success(catalog) = CatalogLoader.load(BuiltinContent.files) else { fatalError("built-in content does not load") }
        return catalog
    }()
    private let size = Size(columns: 80, rows: 24)
    private let page = PageID("principles/integration")

    private func presenting(_ events: [Event], at size: Size? = nil) -> Presentation {
        let initial = Presentation(catalog: Self.builtin, window: size ?? self.size, start: page,
                                   join: JoinInstructions(remote: "ssh -t workshop@example.org", local: "toolkit follow"))
        return ([.tick(0), .followersChanged(20)] + events).reduce(initial) { reduce($0, $1).state }
    }

    private func following(_ lines: [String], keys: [Key] = [], at size: Size? = nil) -> Follower {
        let heard = lines.reduce(Follower(catalog: Self.builtin, window: size ?? self.size)) { reduce($0, .shared($1)).state }
        return keys.reduce(heard) { reduce($0, .key($1)).state }
    }

    private func assertScreen(_ screen: Screen, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        for row in screen.rows {
            XCTAssertLessThanOrEqual(row.reduce(0) { $0 + $1.width }, screen.size.columns, file: file, line: line)
        }
        assertSnapshot(screen.text, named: "\(name).\(screen.size)", file: file, line: line)
    }

    private var asked: RoomQuestion { RoomQuestion(number: 1, kind: .question, page: page, index: 1) }

    func testThePresenterChoosesAQuestionFromThePage() {
        let screen = render(presenting([.key(.character("a")), .key(.down)]))
        assertScreen(screen, named: "room-picker")
        XCTAssertTrue(screen.text.contains("Who commissions each of those services"))
    }

    func testThePresentersFooterCountsTheAnswersWhileTheQuestionIsOpen() {
        let open = presenting([.key(.character("a")), .key(.down), .key(.enter), .roomCounted(RoomCount(answers: [8, 4, 2], hands: 0))])
        XCTAssertEqual(open.question, asked)
        let screen = render(open)
        assertScreen(screen, named: "room-presenter-open")
        XCTAssertTrue(screen.text.contains("14 of 20 answered"))
    }

    func testAFollowersBandShowsTheQuestionAndItsAnswerKeysAndTheirAnswer() {
        let lines = ["toolkit-present 1", "slide principles 3 0", RoomMessage.ask(asked).line]
        assertScreen(render(following(lines)), named: "room-follower-band")
        let answered = render(following(lines, keys: [.character("2")]))
        assertScreen(answered, named: "room-follower-answered")
        XCTAssertTrue(answered.text.contains("you said: not sure"))
    }

    func testTheRevealedTallyIsBarsWithCountsAndPercentagesForEveryone() {
        let tally = [8, 4, 2]
        let follower = render(following(["toolkit-present 1", "slide principles 3 0", RoomMessage.ask(asked).line,
                                         RoomMessage.tally(number: 1, counts: tally).line]))
        assertScreen(follower, named: "room-follower-tally")
        for row in ["agree     ", "8 (57%)", "not sure  ", "4 (29%)", "disagree  ", "2 (14%)"] {
            XCTAssertTrue(follower.text.contains(row), row)
        }
        let presenter = render(presenting([.key(.character("a")), .key(.down), .key(.enter),
                                           .roomCounted(RoomCount(answers: tally, hands: 0)), .key(.character("r"))]))
        assertScreen(presenter, named: "room-presenter-tally")
        XCTAssertTrue(presenter.text.contains("2 (14%)"))
    }

    func testAQuestionThisToolkitDoesNotHaveIsSaidNeutrally() {
        let unknown = RoomQuestion(number: 4, kind: .item, page: PageID("tools/from-a-newer-toolkit"), index: 0)
        let screen = render(following(["toolkit-present 1", "slide principles 3 0", RoomMessage.ask(unknown).line]))
        XCTAssertTrue(screen.text.contains(RoomQuestion.unknownText))
        XCTAssertTrue(screen.text.contains("4 not applicable"))
    }

    func testThePresentersFooterCountsRaisedHandsAndTheFollowerSeesTheirOwn() {
        let presenter = render(presenting([.roomCounted(RoomCount(answers: [], hands: 3))]))
        XCTAssertTrue(presenter.text.contains("20 following · 3 hands up"), presenter.text)
        let follower = render(following(["toolkit-present 1", "slide principles 3 0"], keys: [.character("H")]))
        assertScreen(follower, named: "room-follower-hand")
        XCTAssertTrue(follower.text.contains("following · your hand is up"))
    }

    func testEveryWorkshopScreenFitsAt80x24And60x20KeepingHelpAndQuit() {
        let lines = ["toolkit-present 1", "slide principles 3 0", RoomMessage.ask(asked).line]
        for size in [Size(columns: 80, rows: 24), Size(columns: 60, rows: 20)] {
            let open = render(presenting([.key(.character("a")), .key(.down), .key(.enter), .tick(754),
                                          .roomCounted(RoomCount(answers: [8, 4, 2], hands: 2))], at: size))
            let answered = render(following(lines, keys: [.character("2"), .character("H")], at: size))
            let exploring = render(following(lines, keys: [.right, .right], at: size))
            let help = render(presenting([.key(.character("?"))], at: size))
            for (screen, name) in [(open, "room-presenter-hands"), (answered, "room-follower-hand-answered"), (exploring, "room-follower-exploring"), (help, "room-presenter-help")] {
                assertScreen(screen, named: name)
                let hints = screen.text.split(separator: "\n", omittingEmptySubsequences: false)[size.rows - 1]
                if name != "room-presenter-help" {
                    XCTAssertTrue(hints.contains("? help") && hints.contains("q quit"), "\(name) at \(size): \(hints)")
                }
            }
        }
    }
}

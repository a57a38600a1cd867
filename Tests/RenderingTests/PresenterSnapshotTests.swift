import BuiltinContent
import Catalog
import Layout
import Navigation
@testable import Rendering
import TestSupport
import XCTest

/// The presenter's and followers' screens, on the built-in toolkit, at a projector's size and a
/// laptop's, compared with `Snapshots/`.
final class PresenterSnapshotTests: XCTestCase {
    private static let builtin: Catalog = {
        guard case let .success(catalog) = CatalogLoader.load(BuiltinContent.files) else { fatalError("built-in content does not load") }
        return catalog
    }()
    private let sizes = [Size(columns: 100, rows: 30), Size(columns: 80, rows: 24)]

    private func presenting(_ start: String, _ size: Size, canvas: Size? = nil, minutes: Int? = nil, events: [Event] = []) -> Presentation {
        let initial = Presentation(catalog: Self.builtin, window: size, start: Self.builtin.resolve(start)!, canvas: canvas, minutes: minutes)
        return events.reduce(reduce(initial, .tick(0)).state) { reduce($0, $1).state }
    }

    private func assertScreen(_ screen: Screen, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        for row in screen.rows {
            XCTAssertLessThanOrEqual(row.reduce(0) { $0 + $1.width }, screen.size.columns, file: file, line: line)
        }
        assertSnapshot(screen.text, named: "\(name).\(screen.size)", file: file, line: line)
    }

    func testAPrincipleOnItsOwnScreenWithTimerCountdownAndKeyEcho() {
        let keys: [Event] = [.key(.right), .key(.right), .key(.right), .tick(724)]
        for size in sizes { assertScreen(render(presenting("principles", size, minutes: 45, events: keys)), named: "present-principle") }
    }

    func testACorrectiveReachedWithAJump() {
        let keys: [Event] = [.key(.character("g")), .key(.character("3")), .key(.enter)]
        for size in sizes { assertScreen(render(presenting("correctives", size, events: keys)), named: "present-corrective") }
    }

    func testTypingAJumpShowsTheNumberInTheFooter() {
        assertScreen(render(presenting("correctives", sizes[1], events: [.key(.character("g")), .key(.character("4"))])), named: "present-jumping")
    }

    func testTheRootMenuAsAnAgenda() {
        for size in sizes { assertScreen(render(presenting("menu", size)), named: "present-agenda") }
    }

    func testAPageOpenedFromASlideKeepsThePresentersFooter() {
        let keys: [Event] = [.key(.right), .key(.enter), .key(.character("t"))]
        for size in sizes { assertScreen(render(presenting("principles", size, events: keys)), named: "present-reading") }
    }

    func testAFixedCanvasIsCentredInALargerWindow() {
        let screen = render(presenting("principles", Size(columns: 120, rows: 34), canvas: Size(columns: 80, rows: 24), events: [.key(.right)]))
        assertScreen(screen, named: "present-canvas")
        XCTAssertTrue(screen.rows[0].isEmpty && screen.rows[1].isEmpty, "two blank rows above the 24-row canvas")
    }

    func testAnASCIITerminalGetsWordsForTheArrow() {
        let initial = Presentation(catalog: Self.builtin, window: Size(columns: 70, rows: 18), glyphs: .ascii, start: PageID("principles/integration"))
        let footer = render(initial).text.split(separator: "\n", omittingEmptySubsequences: false)[16]
        XCTAssertTrue(footer.contains("principle 2 of 9 - more below"), String(footer))
        XCTAssertTrue(render(initial).text.unicodeScalars.allSatisfy(\.isASCII))
    }

    func testABlankScreenIsEmpty() {
        let screen = render(presenting("principles", sizes[0], events: [.key(.character("b"))]))
        XCTAssertEqual(screen.text.filter { !$0.isWhitespace }, "")
    }

    func testThePresentersHelp() {
        assertScreen(render(presenting("principles", sizes[1], events: [.key(.character("?"))])), named: "present-help")
    }

    func testAFollowerFollowingAndExploring() {
        var follower = Follower(catalog: Self.builtin, window: sizes[1])
        follower = reduce(follower, .shared("toolkit-present 1")).state
        XCTAssertTrue(render(follower).text.contains("Waiting for the presenter."), "nothing of its own shows before the first position")
        follower = reduce(follower, .shared("slide principles 4 0")).state
        assertScreen(render(follower), named: "follow-following")
        follower = reduce(follower, .key(.right)).state
        assertScreen(render(follower), named: "follow-exploring")
        follower = reduce(follower, .shared("blank")).state
        follower = reduce(follower, .key(.character("f"))).state
        assertScreen(render(follower), named: "follow-blanked")
    }

    func testTheNotesViewShowsTheNotesOfThePresentersItem() {
        var follower = Follower(catalog: Self.builtin, window: sizes[1], showsNotes: true)
        assertScreen(render(follower), named: "notes-waiting")
        follower = reduce(follower, .shared("slide correctives 2 0")).state
        assertScreen(render(follower), named: "notes-corrective")
    }

    func testThePresentersFooterAsksBeforeQuittingOnTheRoom() {
        let screen = render(presenting("principles", sizes[1], events: [.followersChanged(3), .key(.character("q"))]))
        assertScreen(screen, named: "present-quit-question")
        XCTAssertTrue(screen.text.contains("3 following: quit? y/n"))
    }
}

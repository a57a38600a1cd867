import Catalog
@testable import Navigation
import XCTest

final class PresentationTransitionTests: XCTestCase {
    private let catalog = PresentingFixture.catalog
    private let room = Size(columns: 100, rows: 30)

    private func presenting(_ start: String = "principles", window: Size? = nil, canvas: Size? = nil, minutes: Int? = nil) -> Presentation {
        Presentation(catalog: catalog, window: window ?? room, start: catalog.resolve(start) ?? PageID(start), canvas: canvas, minutes: minutes)
    }

    private func press(_ presentation: Presentation, _ keys: Key...) -> Presentation {
        keys.reduce(presentation) { reduce($0, .key($1)).state }
    }

    func testAMenuIsPresentedOneItemPerScreenNumberedAsItsTitlesNumberThem() {
        var presentation = presenting()
        XCTAssertEqual(presentation.currentItem, PageID("principles/overview"))
        XCTAssertEqual(presentation.positionLabel, "overview")
        presentation = press(presentation, .right)
        XCTAssertEqual(presentation.currentItem, PageID("principles/trust"))
        XCTAssertEqual(presentation.positionLabel, "principle 1 of 3")
        XCTAssertEqual(presentation.slide.first?.text, "Principle 1: Trust")
        presentation = press(presentation, .character(" "), .pageDown)
        XCTAssertEqual(presentation.positionLabel, "principle 3 of 3")
        presentation = press(presentation, .pageUp, .left)
        XCTAssertEqual(presentation.positionLabel, "principle 1 of 3")
        presentation = press(presentation, .end)
        XCTAssertEqual(presentation.item, 3)
        presentation = press(presentation, .home)
        XCTAssertEqual(presentation.item, 0)
    }

    func testStepsPastEitherEndStayPutWithANotice() {
        let first = press(presenting(), .left)
        XCTAssertEqual(first.item, 0)
        XCTAssertEqual(first.notice, "This is the first item.")
        let last = press(presenting(), .end, .right)
        XCTAssertEqual(last.item, 3)
        XCTAssertEqual(last.notice, "This is the last item; u goes up a level.")
    }

    func testAPageStartsAsItsOwnItemInItsMenusDeck() {
        let presentation = presenting("principles/fairness")
        XCTAssertEqual(presentation.deck.menu, PageID("principles"))
        XCTAssertEqual(presentation.positionLabel, "principle 2 of 3")
    }

    func testGThenANumberThenEnterJumpsToThatNumberedItem() {
        var presentation = press(presenting(), .character("g"), .character("3"))
        XCTAssertEqual(presentation.jump, "3")
        XCTAssertEqual(presentation.context, .jumping)
        presentation = press(presentation, .enter)
        XCTAssertNil(presentation.jump)
        XCTAssertEqual(presentation.currentItem, PageID("principles/prevention"))
        presentation = press(presentation, .character("g"), .character("1"), .character("2"), .backspace, .enter)
        XCTAssertEqual(presentation.currentItem, PageID("principles/trust"), "backspace took the 2 off")
    }

    func testJumpingToANumberThatIsNotThereSaysWhatIs() {
        let presentation = press(presenting(), .character("g"), .character("9"), .enter)
        XCTAssertEqual(presentation.item, 0)
        XCTAssertEqual(presentation.notice, "There is no principle 9 here: they go from 1 to 3.")
    }

    func testEscapeOrDeletingEverythingCancelsAJump() {
        XCTAssertNil(press(presenting(), .character("g"), .character("2"), .escape).jump)
        XCTAssertNil(press(presenting(), .character("g"), .character("2"), .backspace, .backspace).jump)
        XCTAssertEqual(press(presenting(), .character("g"), .character("x"), .enter).item, 0, "letters are not numbers")
    }

    func testEnterOpensTheItemsPageAndBackReturnsToTheItem() {
        var presentation = press(presenting(), .right, .enter)
        XCTAssertEqual(presentation.reader?.place.id, PageID("principles/trust"))
        XCTAssertEqual(presentation.reader?.size, Size(columns: 100, rows: 29), "the footer keeps the last row")
        XCTAssertEqual(presentation.position, .page(PageID("principles/trust"), permille: 0))
        presentation = press(presentation, .tab, .enter)
        XCTAssertEqual(presentation.reader?.place.id, PageID("principles/fairness"), "links work as in the navigator")
        presentation = press(presentation, .left)
        XCTAssertEqual(presentation.reader?.place.id, PageID("principles/trust"))
        presentation = press(presentation, .left)
        XCTAssertNil(presentation.reader)
        XCTAssertEqual(presentation.currentItem, PageID("principles/trust"))
    }

    func testEnterOnAMenuPresentsItsItemsAndUGoesBackUp() {
        var presentation = presenting("menu")
        XCTAssertEqual(presentation.currentItem, PageID("principles"))
        XCTAssertEqual(presentation.positionLabel, "1 of 2", "the root's titles do not number its items")
        presentation = press(presentation, .enter)
        XCTAssertEqual(presentation.deck.menu, PageID("principles"))
        XCTAssertEqual(presentation.item, 0)
        presentation = press(presentation, .right, .character("u"))
        XCTAssertEqual(presentation.deck.menu, .root)
        XCTAssertEqual(presentation.currentItem, PageID("principles"))
        XCTAssertEqual(press(presentation, .character("u")).notice, "This is the toolkit menu.")
    }

    func testDownScrollsALongItemAndTheFooterPositionSaysSo() {
        var presentation = press(presenting("principles/fairness"), .down, .down)
        XCTAssertEqual(presentation.slideScroll, 2)
        presentation = press(presentation, .right)
        XCTAssertEqual(presentation.slideScroll, 0, "the next item starts at its top")
    }

    func testTheTimerCountsTicksAndTPausesIt() {
        var presentation = presenting(minutes: 45)
        for (event, elapsed) in [(Event.tick(0), 0), (.tick(5), 5), (.key(.character("t")), 5), (.tick(10), 5), (.key(.character("t")), 5), (.tick(12), 7)] {
            presentation = reduce(presentation, event).state
            XCTAssertEqual(presentation.clock.elapsed, elapsed, "after \(event)")
        }
        XCTAssertEqual(presentation.clock.remaining, 45 * 60 - 7)
        XCTAssertEqual(PresenterClock.format(724), "12:04")
        XCTAssertEqual(PresenterClock.format(3729), "1:02:09")
    }

    func testTimerKeysAreNotItemMovesAndWorkWhileReading() {
        let reading = press(presenting(), .right, .enter, .character("t"))
        XCTAssertTrue(reading.clock.isPaused)
        XCTAssertEqual(reading.reader?.place.scroll, 0)
        let blanked = press(reading, .character("."))
        XCTAssertTrue(blanked.isBlank)
    }

    func testTAndDotAreTypedIntoASearchOnThePageBeingRead() {
        let presentation = press(presenting(), .right, .enter, .character("/"), .character("t"), .character("."))
        XCTAssertEqual(presentation.reader?.prompt?.text, "t.")
        XCTAssertFalse(presentation.clock.isPaused)
        XCTAssertFalse(presentation.isBlank)
    }

    func testBBlanksAndAnyKeyBringsTheScreenBackWithoutMoving() {
        var presentation = press(presenting(), .character("b"))
        XCTAssertTrue(presentation.isBlank)
        XCTAssertEqual(presentation.position, .blank)
        presentation = press(presentation, .right)
        XCTAssertFalse(presentation.isBlank)
        XCTAssertEqual(presentation.item, 0, "the key that unblanks does not also skip an item unseen")
        XCTAssertTrue(press(presenting(), .character("b"), .character("q")).isFinished, "q still quits")
    }

    func testTheKeyEchoKeepsTheLastSixKeys() {
        let presentation = press(presenting(), .right, .right, .left, .character("g"), .character("2"), .enter, .right)
        XCTAssertEqual(presentation.recentKeys, [.right, .left, .character("g"), .character("2"), .enter, .right])
    }

    func testAFixedCanvasIsUsedWhereTheWindowIsLargerAndShrinksWhereItIsNot() {
        let big = presenting(window: Size(columns: 200, rows: 60), canvas: Size(columns: 100, rows: 30))
        XCTAssertEqual(big.canvas, Size(columns: 100, rows: 30))
        let small = reduce(big, .resized(Size(columns: 80, rows: 24))).state
        XCTAssertEqual(small.canvas, Size(columns: 80, rows: 24))
        XCTAssertEqual(small.frame.textWidth, 64)
    }

    func testQuitAndInterruptFinish() {
        XCTAssertTrue(press(presenting(), .character("q")).isFinished)
        XCTAssertTrue(press(presenting(), .right, .enter, .character("q")).isFinished)
        XCTAssertTrue(reduce(presenting(), .interrupted).state.isFinished)
    }

    func testHelpListsThePresentersKeysAndClosesWithEscape() {
        var presentation = press(presenting(), .character("?"))
        XCTAssertEqual(presentation.help, 0)
        presentation = press(presentation, .down, .escape)
        XCTAssertNil(presentation.help)
        XCTAssertEqual(presentation.item, 0)
    }

    func testNotesComeFromTheNotesCommentAndNeverReachThePage() {
        let trust = catalog[PageID("principles/trust")]
        XCTAssertEqual(trust.notes, ["Ask the room about trust.", "Then wait."])
        XCTAssertFalse(trust.blocks.contains { "\($0)".contains("Ask the room") })
        XCTAssertFalse(trust.markdown.contains("Ask the room"), "Markdown export leaves the notes out")
        XCTAssertTrue(trust.markdown.contains("See [fairness](fairness.md)."))
    }
}

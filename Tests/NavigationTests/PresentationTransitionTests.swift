import Catalog
import Layout
@testable import Navigation
import TestSupport
import XCTest

final class PresentationTransitionTests: XCTestCase {
    private let catalog = PresentingFixture.catalog
    private let room = Size(columns: 100, rows: 30)
    private let principles = PageID("principles")
    /// The principles deck's items, in order, written out rather than read from the deck.
    private let items = ["principles/overview", "principles/trust", "principles/fairness", "principles/prevention"].map(PageID.init)

    /// A presentation as after its first event: followers have been told where it is, so each
    /// step below publishes only a change of position.
    private func presenting(_ start: String = "principles", window: Size? = nil, canvas: Size? = nil, minutes: Int? = nil) -> Presentation {
        var presentation = Presentation(catalog: catalog, window: window ?? room, start: catalog.resolve(start) ?? PageID(start), canvas: canvas, minutes: minutes)
        presentation.published = presentation.slides.position
        return presentation
    }

    /// The slide `page` shows on `presentation`'s canvas, laid out directly by the layout.
    private func slide(of page: PageID, on presentation: Presentation) -> [Line] {
        SlideLayout(width: presentation.frame.textWidth, glyphs: presentation.glyphs).lines(for: catalog[page], in: catalog)
    }

    /// Presses `key`, asserting that it changes exactly `change`, echoes the key, and publishes
    /// `position` when given.
    @discardableResult
    private func press(_ presentation: Presentation, _ key: Key, publishing position: PresenterPosition? = nil,
                       file: StaticString = #filePath, line: UInt = #line, _ change: (inout Presentation) -> Void = { _ in }) -> Presentation {
        assertTransition(presentation, .key(key), effects: position.map { [.publish($0)] } ?? [], file: file, line: line) {
            $0.recentKeys = Array(($0.recentKeys + [key]).suffix(Presentation.echoLength))
            if let position { $0.published = position }
            change(&$0)
        }
    }

    /// Presses `key` and asserts that it shows item `index` of `deck` from its top, and tells
    /// followers; `endingJump` when the key is the Enter that ends a number typed after `g`.
    @discardableResult
    private func press(_ presentation: Presentation, _ key: Key, shows index: Int, of deck: PageID? = nil, item page: PageID? = nil,
                       endingJump: Bool = false, file: StaticString = #filePath, line: UInt = #line) -> Presentation {
        let deck = deck ?? principles
        return press(presentation, key, publishing: .slide(deck: deck, item: index, permille: 0), file: file, line: line) {
            if endingJump { $0.jump = nil }
            if $0.deck.menu != deck { $0.deck = Deck(menu: deck, in: self.catalog) }
            $0.item = index
            $0.slideScroll = 0
            $0.slide = self.slide(of: page ?? self.items[index], on: $0)
        }
    }

    /// The page being read after `key`, as the navigator's own step makes it (the navigator's
    /// tests say what that is): a page opened from a slide is a navigator.
    private func read(_ key: Key, on presentation: Presentation) -> State? {
        presentation.reader.map { reduce($0, .key(key)).state }
    }

    func testAMenuIsPresentedOneItemPerScreenNumberedAsItsTitlesNumberThem() {
        var presentation = presenting()
        XCTAssertEqual(presentation.currentItem, PageID("principles/overview"))
        XCTAssertEqual(presentation.positionLabel, "overview")
        presentation = press(presentation, .right, shows: 1)
        XCTAssertEqual(presentation.positionLabel, "principle 1 of 3")
        XCTAssertEqual(presentation.slide.first?.text, "Principle 1: Trust")
        presentation = press(presentation, .character(" "), shows: 2)
        presentation = press(presentation, .pageDown, shows: 3)
        XCTAssertEqual(presentation.positionLabel, "principle 3 of 3")
        presentation = press(presentation, .pageUp, shows: 2)
        presentation = press(presentation, .left, shows: 1)
        XCTAssertEqual(presentation.positionLabel, "principle 1 of 3")
        presentation = press(presentation, .end, shows: 3)
        press(presentation, .home, shows: 0)
    }

    func testStepsPastEitherEndStayPutWithANotice() {
        press(presenting(), .left) { $0.notice = "This is the first item." }
        let last = press(presenting(), .end, shows: 3)
        press(last, .right) { $0.notice = "This is the last item; u goes up a level." }
    }

    func testAPageStartsAsItsOwnItemInItsMenusDeck() {
        let presentation = presenting("principles/fairness")
        XCTAssertEqual(presentation.deck.menu, PageID("principles"))
        XCTAssertEqual(presentation.positionLabel, "principle 2 of 3")
    }

    func testGThenANumberThenEnterJumpsToThatNumberedItem() {
        var presentation = press(presenting(), .character("g")) { $0.jump = "" }
        presentation = press(presentation, .character("3")) { $0.jump = "3" }
        XCTAssertEqual(presentation.context, .jumping)
        presentation = press(presentation, .enter, shows: 3, endingJump: true)
        presentation = press(presentation, .character("g")) { $0.jump = "" }
        presentation = press(presentation, .character("1")) { $0.jump = "1" }
        presentation = press(presentation, .character("2")) { $0.jump = "12" }
        presentation = press(presentation, .backspace) { $0.jump = "1" }
        press(presentation, .enter, shows: 1, endingJump: true)
    }

    func testJumpingToANumberThatIsNotThereSaysWhatIs() {
        var presentation = press(presenting(), .character("g")) { $0.jump = "" }
        presentation = press(presentation, .character("9")) { $0.jump = "9" }
        press(presentation, .enter) {
            $0.jump = nil
            $0.notice = "There is no principle 9 here: they go from 1 to 3."
        }
    }

    func testEscapeOrDeletingEverythingCancelsAJump() {
        let typed = press(press(presenting(), .character("g")) { $0.jump = "" }, .character("2")) { $0.jump = "2" }
        press(typed, .escape) { $0.jump = nil }
        let emptied = press(typed, .backspace) { $0.jump = "" }
        press(emptied, .backspace) { $0.jump = nil }
        let lettered = press(press(presenting(), .character("g")) { $0.jump = "" }, .character("x"))
        press(lettered, .enter) { $0.jump = nil } // letters are not numbers: nothing moves
    }

    func testEnterOpensTheItemsPageAndBackReturnsToTheItem() {
        var presentation = press(presenting(), .right, shows: 1)
        presentation = press(presentation, .enter, publishing: .page(PageID("principles/trust"), permille: 0)) {
            // The footer keeps the last row.
            $0.reader = State(catalog: self.catalog, size: Size(columns: 100, rows: 29), start: PageID("principles/trust"), workbook: .notKept)
        }
        presentation = press(presentation, .tab) { $0.reader = self.read(.tab, on: presentation) }
        presentation = press(presentation, .enter, publishing: .page(PageID("principles/fairness"), permille: 0)) {
            $0.reader = self.read(.enter, on: presentation)
        }
        XCTAssertEqual(presentation.reader?.place.id, PageID("principles/fairness"), "links work as in the navigator")
        presentation = press(presentation, .left, publishing: .page(PageID("principles/trust"), permille: 0)) {
            $0.reader = self.read(.left, on: presentation)
        }
        XCTAssertEqual(presentation.reader?.place.id, PageID("principles/trust"))
        press(presentation, .left, publishing: .slide(deck: principles, item: 1, permille: 0)) { $0.reader = nil }
    }

    func testEnterOnAMenuPresentsItsItemsAndUGoesBackUp() {
        var presentation = presenting("menu")
        XCTAssertEqual(presentation.currentItem, PageID("principles"))
        XCTAssertEqual(presentation.positionLabel, "1 of 2", "the root's titles do not number its items")
        presentation = press(presentation, .enter, shows: 0, of: principles)
        presentation = press(presentation, .right, shows: 1, of: principles)
        presentation = press(presentation, .character("u"), shows: 0, of: .root, item: principles)
        press(presentation, .character("u")) { $0.notice = "This is the toolkit menu." }
    }

    func testDownScrollsALongItemAndTheFooterPositionSaysSo() {
        let fairness = presenting("principles/fairness")
        let maximum = fairness.slide.count - fairness.frame.bodyRows
        XCTAssertGreaterThan(maximum, 2, "the fixture's fairness slide is longer than the screen")
        var presentation = press(fairness, .down, publishing: .slide(deck: principles, item: 2, permille: 1000 / maximum)) { $0.slideScroll = 1 }
        presentation = press(presentation, .down, publishing: .slide(deck: principles, item: 2, permille: 2000 / maximum)) { $0.slideScroll = 2 }
        press(presentation, .right, shows: 3) // the next item starts at its top
    }

    func testTheTimerCountsTicksAndTPausesIt() {
        var presentation = presenting(minutes: 45)
        presentation = assertTransition(presentation, .tick(0)) { $0.clock.lastTick = 0 }
        presentation = assertTransition(presentation, .tick(5)) { $0.clock.elapsed = 5; $0.clock.lastTick = 5 }
        presentation = press(presentation, .character("t")) { $0.clock.isPaused = true }
        presentation = assertTransition(presentation, .tick(10)) { $0.clock.lastTick = 10 } // paused: nothing counted
        presentation = press(presentation, .character("t")) { $0.clock.isPaused = false }
        presentation = assertTransition(presentation, .tick(12)) { $0.clock.elapsed = 7; $0.clock.lastTick = 12 }
        XCTAssertEqual(presentation.clock.remaining, 45 * 60 - 7)
        XCTAssertEqual(PresenterClock.format(724), "12:04")
        XCTAssertEqual(PresenterClock.format(3729), "1:02:09")
    }

    func testTimerKeysAreNotItemMovesAndWorkWhileReading() {
        var reading = press(presenting(), .right, shows: 1)
        reading = press(reading, .enter, publishing: .page(PageID("principles/trust"), permille: 0)) {
            $0.reader = State(catalog: self.catalog, size: Size(columns: 100, rows: 29), start: PageID("principles/trust"), workbook: .notKept)
        }
        reading = press(reading, .character("t")) { $0.clock.isPaused = true }
        press(reading, .character("."), publishing: .blank) { $0.isBlank = true }
    }

    func testTAndDotAreTypedIntoASearchOnThePageBeingRead() {
        var presentation = press(presenting(), .right, shows: 1)
        presentation = press(presentation, .enter, publishing: .page(PageID("principles/trust"), permille: 0)) {
            $0.reader = State(catalog: self.catalog, size: Size(columns: 100, rows: 29), start: PageID("principles/trust"), workbook: .notKept)
        }
        for key: Key in [.character("/"), .character("t"), .character(".")] {
            presentation = press(presentation, key) { $0.reader = self.read(key, on: presentation) }
        }
        XCTAssertEqual(presentation.reader?.prompt?.text, "t.")
    }

    func testBBlanksAndAnyKeyBringsTheScreenBackWithoutMoving() {
        let blank = press(presenting(), .character("b"), publishing: .blank) { $0.isBlank = true }
        // The key that unblanks does not also skip an item unseen.
        press(blank, .right, publishing: .slide(deck: principles, item: 0, permille: 0)) { $0.isBlank = false }
        press(blank, .character("q"), publishing: .ended) { $0.slides.isFinished = true } // q still quits
    }

    func testTheKeyEchoKeepsTheLastSixKeys() {
        var presentation = presenting()
        for (key, item) in [(Key.right, 1), (.right, 2), (.left, 1)] { presentation = press(presentation, key, shows: item) }
        presentation = press(presentation, .character("g")) { $0.jump = "" }
        presentation = press(presentation, .character("2")) { $0.jump = "2" }
        presentation = press(presentation, .enter, shows: 2, endingJump: true)
        presentation = press(presentation, .right, shows: 3)
        XCTAssertEqual(presentation.recentKeys, [.right, .left, .character("g"), .character("2"), .enter, .right])
    }

    func testAFixedCanvasIsUsedWhereTheWindowIsLargerAndShrinksWhereItIsNot() {
        let big = presenting(window: Size(columns: 200, rows: 60), canvas: Size(columns: 100, rows: 30))
        XCTAssertEqual(big.canvas, Size(columns: 100, rows: 30))
        let small = assertTransition(big, .resized(Size(columns: 80, rows: 24)), effects: [.repaint]) {
            $0.window = Size(columns: 80, rows: 24)
            $0.slide = self.slide(of: self.items[0], on: $0)
        }
        XCTAssertEqual(small.canvas, Size(columns: 80, rows: 24))
        XCTAssertEqual(small.frame.textWidth, 64)
    }

    func testQuitAndInterruptFinish() {
        press(presenting(), .character("q"), publishing: .ended) { $0.slides.isFinished = true }
        var reading = press(presenting(), .right, shows: 1)
        reading = press(reading, .enter, publishing: .page(PageID("principles/trust"), permille: 0)) {
            $0.reader = State(catalog: self.catalog, size: Size(columns: 100, rows: 29), start: PageID("principles/trust"), workbook: .notKept)
        }
        press(reading, .character("q"), publishing: .ended) {
            $0.reader?.isFinished = true
            $0.slides.isFinished = true
        }
        assertTransition(presenting(), .interrupted, effects: [.publish(.ended)]) {
            $0.slides.isFinished = true
            $0.published = .ended
        }
    }

    func testHelpListsThePresentersKeysAndClosesWithEscape() {
        var presentation = press(presenting(), .character("?")) { $0.help = 0 }
        presentation = press(presentation, .down) { $0.help = 1 }
        press(presentation, .escape) { $0.help = nil }
    }

    func testNotesComeFromTheNotesCommentAndNeverReachThePage() {
        let trust = catalog[PageID("principles/trust")]
        XCTAssertEqual(trust.notes, ["Ask the room about trust.", "Then wait."])
        XCTAssertFalse(trust.blocks.contains { "\($0)".contains("Ask the room") })
        XCTAssertFalse(trust.markdown.contains("Ask the room"), "Markdown export leaves the notes out")
        XCTAssertTrue(trust.markdown.contains("See [fairness](fairness.md)."))
    }
}

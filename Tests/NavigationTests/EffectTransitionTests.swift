import Catalog
import Layout
@testable import Navigation
import TestSupport
import XCTest

/// The work the state machines ask the event loop to do, as values: telling followers where the
/// presenter is, and reading ahead for "Linked from" when nothing else waits.
final class EffectTransitionTests: XCTestCase {
    private let room = Size(columns: 100, rows: 30)

    private func presenting() -> Presentation {
        Presentation(catalog: PresentingFixture.catalog, window: room, start: PageID("principles"))
    }

    func testThePresenterPublishesItsFirstPositionThenEachChangeAndTheEnd() {
        var presentation = assertTransition(presenting(), .resized(room), effects: [.repaint, .publish(.slide(deck: PageID("principles"), item: 0, permille: 0))]) {
            $0.published = .slide(deck: PageID("principles"), item: 0, permille: 0)
        }
        presentation = assertTransition(presentation, .tick(1)) { $0.clock.lastTick = 1 }
        presentation = assertTransition(presentation, .key(.right), effects: [.publish(.slide(deck: PageID("principles"), item: 1, permille: 0))]) {
            $0.item = 1
            $0.slide = SlideLayout(width: $0.frame.textWidth, glyphs: $0.glyphs).lines(for: PresentingFixture.catalog[PageID("principles/trust")], in: PresentingFixture.catalog)
            $0.recentKeys = [.right]
            $0.published = .slide(deck: PageID("principles"), item: 1, permille: 0)
        }
        presentation = assertTransition(presentation, .key(.character("b")), effects: [.publish(.blank)]) {
            $0.isBlank = true
            $0.recentKeys = [.right, .character("b")]
            $0.published = .blank
        }
        assertTransition(presentation, .interrupted, effects: [.publish(.ended)]) {
            $0.slides.isFinished = true
            $0.published = .ended
        }
    }

    func testAFollowerNeverPublishes() {
        let catalog = PresentingFixture.catalog
        let follower = Follower(catalog: catalog, window: room)
        assertTransition(follower, .resized(room), effects: [.repaint])
        assertTransition(follower, .key(.right)) {
            $0.isFollowing = false
            $0.slides.item = 1
            $0.slides.slide = SlideLayout(width: $0.slides.frame.textWidth, glyphs: $0.slides.glyphs).lines(for: catalog[PageID("about")], in: catalog)
        }
        assertTransition(follower, .shared("slide principles 2 0")) {
            $0.slides.deck = Deck(menu: PageID("principles"), in: catalog)
            $0.slides.item = 1
            $0.slides.slide = SlideLayout(width: $0.slides.frame.textWidth, glyphs: $0.slides.glyphs).lines(for: catalog[PageID("principles/trust")], in: catalog)
            $0.latest = .slide(deck: PageID("principles"), item: 1, permille: 0)
        }
        assertTransition(follower, .interrupted) { $0.slides.isFinished = true }
    }

    func testIdleReadsFrontMatterForSearchThenAheadForLinkedFromThenBuildsTheSearchIndexThenAsksForNothing() throws {
        let catalog = try CatalogLoader.open(Fixture.files).get()
        var state = State(catalog: catalog, size: room)
        XCTAssertTrue(state.hasIdleWork)
        // The index's first step reads the front matter menu order needs: the state's own work,
        // with no effect and nothing changed on screen.
        let step: (inout State) -> Void = { $0.searchIndex.index = $0.searchIndex.index.extended(steps: 1) }
        state = assertTransition(state, .idle, step)
        XCTAssertEqual(state.searchIndex.index.stepsBeforePages, 0)
        state = assertTransition(state, .idle, effects: [.readAhead(catalog)])
        while catalog.readAhead() {}
        XCTAssertTrue(state.hasIdleWork, "the search index is still to be built")
        while state.hasIdleWork { state = assertTransition(state, .idle, step) }
        XCTAssertTrue(state.searchIndex.index.isComplete)
        assertTransition(state, .idle)
    }
}

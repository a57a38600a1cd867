import Catalog
import Layout
@testable import Navigation
import TestSupport
import XCTest

/// `y` copies a reference as an effect the loop carries out, and says what it copied; where the
/// terminal cannot be told, the reference is shown to be selected by hand, and Esc closes it.
final class CiteTransitionTests: XCTestCase {
    private let catalog = Fixture.catalog
    private let size = Size(columns: 80, rows: 24)

    func testOnAPageYCopiesTheReferenceAndSaysWhat() {
        let page = State(catalog: catalog, size: size, start: PageID("alpha/one"), canCopy: true)
        let text = Citation.text(for: PageID("alpha/one"), in: catalog)
        XCTAssertEqual(text, "\"Page one\". In: Fixture Toolkit (E3M). https://example.org/one. Content of 2026-01-01.")
        assertTransition(page, .key(.character("y")), effects: [.copy(text)]) { $0.notice = "Copied: " + text }
    }

    func testBelowAHeadingTheReferenceNamesTheSection() {
        var page = State(catalog: catalog, size: size, start: PageID("alpha/one"), canCopy: true)
        page.place.scroll = page.document.anchors["second-part"]! + 1
        page.clampScroll()
        let text = Citation.text(for: PageID("alpha/one"), section: "Second part", in: catalog)
        XCTAssertTrue(text.hasPrefix("\"Page one\", section \"Second part\". "), text)
        assertTransition(page, .key(.character("y")), effects: [.copy(text)]) { $0.notice = "Copied: " + text }
    }

    func testInAMenuTheSelectedItemIsCited() {
        let menu = reduce(State(catalog: catalog, size: size, canCopy: true), .key(.down)).state
        guard case let .open(selected, _) = menu.document.targets[1].action else { return XCTFail("a menu item") }
        let text = Citation.text(for: selected, in: catalog)
        assertTransition(menu, .key(.character("y")), effects: [.copy(text)]) { $0.notice = "Copied: " + text }
    }

    func testWithoutOSC52TheReferenceIsShownToSelectByHand() {
        let page = State(catalog: catalog, size: size, start: PageID("alpha/one"))
        let text = Citation.text(for: PageID("alpha/one"), in: catalog)
        let shown = assertTransition(page, .key(.character("y"))) { $0.overlay = .citation(text) }
        XCTAssertEqual(shown.context, .citation)
        assertTransition(shown, .key(.escape)) { $0.overlay = nil }
        assertTransition(shown, .key(.character("y"))) { $0.overlay = nil }
        assertTransition(shown, .key(.down))
    }

    func testHostileTitlesAreCitedAsVisibleTextOnOneLine() {
        let hostile = Fixture.load([
            Fixture.root,
            Fixture.page("bad.md", frontMatter: "title: \"Bad\\a\\e]52;c;QUFB\\a\\x9c title\"\nsources: [\"https://example.org/\\e]0;x\\a\"]\nupdated: \"2026\\n01\""),
        ])
        let text = Citation.text(for: PageID("bad"), in: hostile)
        XCTAssertFalse(text.unicodeScalars.contains { VisibleText.needsEscaping($0) || $0 == "\n" }, text)
        XCTAssertTrue(text.contains("^["), "the escape is shown, not sent: \(text)")
    }
}

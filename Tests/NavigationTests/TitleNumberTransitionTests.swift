import Catalog
import Layout
@testable import Navigation
import Rendering
import TestSupport
import XCTest

/// In a menu whose titles number its items ("Principle 1", "Principle 2", with an overview
/// beside them), the shown numbers, the digit keys, go-to's menu numbers and the tree all follow
/// the titles, and the overview is 0.
final class TitleNumberTransitionTests: XCTestCase {
    private let catalog = Fixture.load([
        Fixture.root,
        Fixture.page("intro.md", frontMatter: "title: Introduction\norder: 1"),
        Fixture.page("rules/index.md", frontMatter: "title: The rules\norder: 2"),
        Fixture.page("rules/overview.md", frontMatter: "title: \"Overview: every rule\"\norder: 1"),
        Fixture.page("rules/first.md", frontMatter: "title: \"Rule 1: Listen\"\norder: 2"),
        Fixture.page("rules/second.md", frontMatter: "title: \"Rule 2: Share\"\norder: 3"),
        Fixture.page("rules/third.md", frontMatter: "title: \"Rule 3: Trust\"\norder: 4"),
    ])
    private let size = Size(columns: 80, rows: 24)
    private var rules: State { State(catalog: catalog, size: size, start: PageID("rules")) }

    private func opening(_ id: String, from state: State, focus: Int) -> (inout State) -> Void {
        { [catalog] in
            $0.history = [Place(id: state.place.id, scroll: 0, focus: focus)]
            $0.place = Place(id: PageID(id), scroll: 0, focus: nil)
            $0.document = State(catalog: catalog, size: self.size, start: PageID(id)).document
        }
    }

    func testTheMenuShowsTheTitlesNumbersAndTheOverviewAsZero() {
        let entries = rules.document.lines.filter { (0..<4).contains($0.origin) }
        let numbers = entries.compactMap { line in line.spans.first { $0.target != nil }?.text.trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(numbers, ["0", "1", "2", "3"])
        XCTAssertEqual(catalog.itemNumbers(of: .root).shown, [1, 2], "a menu whose titles do not number its items counts them")
    }

    func testADigitOpensTheItemItsTitleNumbers() {
        assertTransition(rules, .key(.character("3")), opening("rules/third", from: rules, focus: 3))
        assertTransition(rules, .key(.character("1")), opening("rules/first", from: rules, focus: 1))
    }

    func testZeroOpensTheOverviewAndMissingNumbersDoNothing() {
        assertTransition(rules, .key(.character("0")), opening("rules/overview", from: rules, focus: 0))
        assertTransition(rules, .key(.character("4")))
        let root = State(catalog: catalog, size: size)
        assertTransition(root, .key(.character("0")))
    }

    func testGoToAndTheTreeUseTheNumbersTheMenuShows() {
        XCTAssertEqual(GoToCandidates.find("2.3", in: catalog).first, PageID("rules/third"))
        XCTAssertEqual(GoToCandidates.find("2.0", in: catalog).first, PageID("rules/overview"))
        XCTAssertEqual(catalog.menuNumber(of: PageID("rules/second")), "2.2")
        let tree = MenuTree.text(from: .root, in: catalog, glyphs: .unicode)
        XCTAssertTrue(tree.contains("2.0  Overview: every rule"), tree)
        XCTAssertTrue(tree.contains("2.3  Rule 3: Trust"), tree)
    }

    func testTheLineReaderTakesTheNumbersItShows() {
        var reader = LineSession(catalog: catalog, start: PageID("rules"), width: 80, glyphs: .unicode)
        XCTAssertTrue(reader.prompt.hasPrefix("[0-5 to open"), "the items 0 to 3, then What next?'s two links: \(reader.prompt)")
        XCTAssertTrue(reader.screen().contains("3  Rule 3: Trust"), reader.screen())
        _ = reader.handle("3")
        XCTAssertEqual(reader.view, .page(PageID("rules/third")))
    }
}

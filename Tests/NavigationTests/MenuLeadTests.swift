import Catalog
import Layout
@testable import Navigation
import TestSupport
import XCTest

/// A menu's items come before the fold: a lead text too long for the window yields to them, and
/// the rest of it stays readable below the last item.
final class MenuLeadTests: XCTestCase {
    private static let paragraphs = (1...6).map { "Paragraph \($0) of a long introduction, which goes on for long enough to need three lines at an ordinary width of eighty columns or so." }

    private static func catalog(lead: [String]) -> Catalog {
        var files = [Fixture.page("index.md", frontMatter: "title: A toolkit with a long introduction", body: lead.joined(separator: "\n\n"))]
        for number in 1...6 {
            files.append(Fixture.page("s\(number)/index.md", frontMatter: "title: Section \(number)\nsummary: What section \(number) holds"))
            files.append(Fixture.page("s\(number)/page.md", frontMatter: "title: A page of section \(number)"))
        }
        return Fixture.load(files)
    }

    private let size = Size(columns: 80, rows: 24)

    func testEveryItemIsOnTheFirstScreenHoweverLongTheLead() {
        for lead in [Self.paragraphs, [Self.paragraphs.joined(separator: " ")]] {
            let state = State(catalog: Self.catalog(lead: lead), size: size, start: .root)
            XCTAssertEqual(state.place.scroll, 0)
            let screen = state.document.lines.prefix(state.frame.bodyRows).map(\.text)
            XCTAssertEqual(screen.first, "A toolkit with a long introduction")
            XCTAssertTrue(screen.contains { $0.hasPrefix("Paragraph 1 of a long introduction") }, "the lead starts above the items: \(screen)")
            XCTAssertTrue(screen.contains("… continued below the menu"), "\(screen)")
            for number in 1...6 {
                XCTAssertTrue(screen.contains("\(number)  Section \(number)"), "item \(number) on the first screen: \(screen)")
                XCTAssertTrue(state.isVisible(number - 1))
            }
        }
    }

    func testNoWordOfTheLeadIsLostAndTheLastItemShowsTheRest() {
        let catalog = Self.catalog(lead: Self.paragraphs)
        let state = State(catalog: catalog, size: size, start: .root)
        let everything = MenuLayout(width: state.frame.textWidth, glyphs: .unicode).document(for: catalog.root, in: catalog)
        func words(_ document: Document) -> [String] {
            let marker = "… continued below the menu"
            let lines: [String] = document.lines.map(\.text).filter { $0 != marker }
            return lines.flatMap { $0.split(separator: " ").map(String.init) }
        }
        XCTAssertEqual(words(state.document).sorted(), words(everything).sorted())
        // The last item brings the rest of the lead into view.
        let last = assertTransition(state, .key(.end)) {
            $0.place.focus = 5
            $0.place.scroll = state.document.lines.count - state.frame.bodyRows
        }
        let sixth = last.document.lines.firstIndex { $0.text.hasPrefix("Paragraph 6") } ?? -1
        XCTAssertGreaterThanOrEqual(sixth, last.place.scroll, "the lead's last paragraph is on screen")
        XCTAssertTrue(last.isVisible(5))
        assertTransition(last, .key(.home)) { $0.place = state.place }
    }

    func testALeadThatFitsIsLaidOutAsBefore() {
        let catalog = Self.catalog(lead: Array(Self.paragraphs.prefix(1)))
        let state = State(catalog: catalog, size: size, start: .root)
        XCTAssertEqual(state.document, MenuLayout(width: state.frame.textWidth, glyphs: .unicode).document(for: catalog.root, in: catalog))
    }

    func testATallerWindowGivesTheLeadBackAndKeepsTheSelection() {
        let catalog = Self.catalog(lead: Self.paragraphs)
        var moved = State(catalog: catalog, size: size, start: .root)
        moved = assertTransition(moved, .key(.down)) { $0.place.focus = 1 }
        moved = assertTransition(moved, .key(.down)) { $0.place.focus = 2 }
        let tallSize = Size(columns: 80, rows: 60)
        let tall = assertTransition(moved, .resized(tallSize), effects: [.repaint]) {
            $0.size = tallSize
            $0.document = MenuLayout(width: 76, glyphs: .unicode).document(for: catalog.root, in: catalog, rows: Frame(tallSize).bodyRows)
        }
        XCTAssertFalse(tall.document.lines.contains { $0.text.contains("continued below") })
        assertTransition(tall, .resized(size), effects: [.repaint]) {
            $0.size = self.size
            $0.document = moved.document
        }
    }
}

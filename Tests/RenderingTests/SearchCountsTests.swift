import BuiltinContent
import Catalog
import Layout
@testable import Navigation
import TestSupport
import XCTest

/// The count the results list gives each page is the number of matches marked when the page is
/// opened, on the built-in toolkit (whose pages have footers, tables, lists and wrapped
/// paragraphs) and on the search fixture.
final class SearchCountsTests: XCTestCase {
    private static let builtin: Catalog = {
        guard case let .success(catalog) = CatalogLoader.load(BuiltinContent.files) else { fatalError("built-in content does not load") }
        return catalog
    }()

    private func assertCountsEqualMarks(_ catalog: Catalog, _ queries: [String], size: Size, file: StaticString = #filePath, line: UInt = #line) {
        for query in queries {
            var typed = State(catalog: catalog, size: size)
            for key in [Key.character("/")] + (query + " ").map(Key.character) { typed = reduce(typed, .key(key)).state }
            let counted = SearchIndex(catalog).search(query)
            XCTAssertEqual(typed.prompt?.pages, counted.map(\.id), query, file: file, line: line)
            XCTAssertFalse(counted.isEmpty, "\(query) finds nothing", file: file, line: line)
            for (index, hit) in counted.enumerated() {
                var state = typed
                for _ in 0..<index { state = reduce(state, .key(.down)).state }
                state = reduce(state, .key(.enter)).state
                XCTAssertEqual(state.place.id, hit.id, query, file: file, line: line)
                XCTAssertEqual(state.matches.count, hit.count, "\(query) on \(hit.id) at \(size)", file: file, line: line)
            }
        }
    }

    func testTheBuiltinToolkitsCountsAreItsMarks() {
        assertCountsEqualMarks(Self.builtin, ["partnership", "Barnardo's", "\"social value\"", "co-production", "procurement",
                                              "trust", "outcomes based", "alliance*"], size: Size(columns: 80, rows: 24))
    }

    func testCountsStayTheMarksInANarrowWindow() {
        assertCountsEqualMarks(Self.builtin, ["\"social value\"", "co-production"], size: Size(columns: 40, rows: 12))
        assertCountsEqualMarks(SearchFixture.catalog, SearchFixture.expected.map(\.query), size: Size(columns: 30, rows: 12))
    }

    func testSpellingsOfTheBuiltinToolkitsWordsFindTheSamePages() {
        let index = SearchIndex(Self.builtin)
        let pages = { (query: String) in Set(index.search(query).map(\.id)) }
        for (canonical, variants) in [("Barnardo's", ["Barnardos", "Barnardo\u{2019}s"]), ("partnership", ["partnerships"]),
                                      ("co-production", ["coproduction", "co production"])] {
            XCTAssertFalse(pages(canonical).isEmpty, canonical)
            for variant in variants { XCTAssertEqual(pages(variant), pages(canonical), variant) }
        }
        XCTAssertTrue(pages("\"social value\"").isSubset(of: pages("social value")))
        XCTAssertTrue(pages("partnership").isSubset(of: pages("partner*")))
    }
}

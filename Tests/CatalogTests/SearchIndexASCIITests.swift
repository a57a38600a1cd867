import Catalog
import TestSupport
import XCTest

/// Pages whose text is all ASCII are searched as bytes, the others as Characters; both must
/// count, rank and locate matches alike.
final class SearchIndexASCIITests: XCTestCase {
    private let index = SearchIndex(Fixture.load([
        Fixture.page("index.md", frontMatter: "title: Root"),
        Fixture.page("plain.md", frontMatter: "title: Plain noon\norder: 1", body: "Noon, noonnoon and noon.\n\nAt noon."),
        Fixture.page("accented.md", frontMatter: "title: Accented noon\norder: 2", body: "Noon, noonnoon and noon in the café.\n\nAt noon."),
        Fixture.page("late.md", frontMatter: "title: Late\norder: 3", body: "Nothing.\n\nThen noon twice: noon."),
    ]))

    func testAnASCIIPageCountsAsAnAccentedOneDoes() {
        let hits = index.search("noon")
        XCTAssertEqual(hits.map(\.id.path), ["plain", "accented", "late"])
        XCTAssertEqual(hits.map(\.count), [4, 4, 2], "whole words: noonnoon is another word")
        XCTAssertEqual(hits.map(\.inTitle), [true, true, false])
    }

    func testTheFirstMatchingLineIsFound() {
        let late = index.search("twice")[0]
        XCTAssertEqual(late.line, "Then noon twice: noon.")
        XCTAssertEqual(late.matchStart, 10)
        XCTAssertEqual(index.search("noon")[2].line, "Then noon twice: noon.")
    }

    func testEveryWordMustOccurAndCaseCountsWithACapital() {
        XCTAssertEqual(index.search("noon nothing").map(\.id.path), ["late"])
        XCTAssertEqual(index.search("Noon").map(\.id.path), ["plain", "accented"])
        XCTAssertEqual(index.search("Noon").map(\.count), [1, 1])
        XCTAssertEqual(index.search("noon cafe").map(\.id.path), ["accented"])
        XCTAssertEqual(index.search("noon zebra"), [])
    }
}

import Catalog
import TestSupport
import XCTest

final class SearchIndexTests: XCTestCase {
    private let index = SearchIndex(Fixture.load([
        Fixture.page("index.md", frontMatter: "title: Root"),
        Fixture.page("cafe.md", frontMatter: "title: Café society\norder: 1", body: "The café opens at noon. Noon is early."),
        Fixture.page("noon.md", frontMatter: "title: Noon\norder: 2", body: "Lunch at Noon, in the Café."),
        Fixture.page("other.md", frontMatter: "title: Other\norder: 3", body: "Nothing here but a cafe, and the word NOON."),
    ]))

    func testIgnoresCaseAndAccents() {
        XCTAssertEqual(index.search("cafe").map(\.id.path), ["cafe", "noon", "other"])
        XCTAssertEqual(index.search("café").map(\.id.path), ["cafe", "noon", "other"])
    }

    func testACapitalMakesItCaseSensitive() {
        XCTAssertEqual(index.search("Noon").map(\.id.path), ["noon", "cafe"])
        XCTAssertEqual(index.search("NOON").map(\.id.path), ["other"])
    }

    func testSeveralWordsMustAllMatch() {
        XCTAssertEqual(index.search("cafe lunch").map(\.id.path), ["noon"])
        XCTAssertEqual(index.search("cafe zebra"), [])
        XCTAssertEqual(index.search("   "), [])
    }

    func testTitleMatchesRankFirstThenCounts() {
        let hits = index.search("noon")
        XCTAssertEqual(hits.map(\.id.path), ["noon", "cafe", "other"])
        XCTAssertEqual(hits.map(\.inTitle), [true, false, false])
        XCTAssertEqual(hits.map(\.count), [2, 2, 1])
    }

    func testAHitLocatesItsFirstMatch() {
        let hit = index.search("opens")[0]
        XCTAssertEqual(hit.line, "The café opens at noon. Noon is early.")
        XCTAssertEqual(hit.matchStart, 9)
    }

    func testGeneratedBlocksAreNotSearched() {
        XCTAssertEqual(index.search("What next").count, 0)
    }
}

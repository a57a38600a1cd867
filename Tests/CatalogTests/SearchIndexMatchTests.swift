import Catalog
import TestSupport
import XCTest

/// Where a hit's match is reported, and the order of hits that rank alike, on the byte path
/// (ASCII pages) and the Character path (the others) alike.
final class SearchIndexMatchTests: XCTestCase {
    private let index = SearchIndex(Fixture.load([
        Fixture.page("index.md", frontMatter: "title: Root"),
        Fixture.page("first.md", frontMatter: "title: First\norder: 1", body: "Intro.\n\nA lunch, then noon."),
        Fixture.page("second.md", frontMatter: "title: Second\norder: 2", body: "Intro.\n\nA lunch, then noon in the café."),
        Fixture.page("third.md", frontMatter: "title: Third\norder: 3", body: "Noon first, lunch later."),
        Fixture.page("html.md", frontMatter: "title: Markup\norder: 4", body: "Intro.\n\nA <span\nclass=\"x\">noon</span> snack."),
    ]))

    func testTheMatchStartsAtTheEarliestWordOfTheLine() {
        let hits = index.search("noon lunch")
        XCTAssertEqual(hits.map(\.id.path), ["first", "second", "third"])
        XCTAssertEqual(hits.map(\.line), ["A lunch, then noon.", "A lunch, then noon in the café.", "Noon first, lunch later."])
        XCTAssertEqual(hits.map(\.matchStart), [2, 2, 0])
    }

    func testHitsThatRankAlikeKeepMenuOrder() {
        XCTAssertEqual(index.search("intro").map(\.id.path), ["first", "second", "html"])
        XCTAssertEqual(index.search("noon").map(\.count), [1, 1, 1, 1])
        XCTAssertEqual(index.search("noon").map(\.id.path), ["first", "second", "third", "html"])
    }

    func testALineWithALineBreakInsideIsFoundWhole() {
        let hit = index.search("snack")[0]
        XCTAssertEqual(hit.id.path, "html")
        XCTAssertEqual(hit.line, "A <span\nclass=\"x\">noon</span> snack.")
        XCTAssertEqual(hit.matchStart, 30)
    }
}

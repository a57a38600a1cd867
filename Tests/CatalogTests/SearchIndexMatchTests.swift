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
        let hits = Dictionary(uniqueKeysWithValues: index.search("noon lunch").map { ($0.id.path, $0) })
        XCTAssertEqual(Set(hits.keys), ["first", "second", "third"])
        XCTAssertEqual(hits["first"]?.line, "A lunch, then noon.")
        XCTAssertEqual(hits["second"]?.line, "A lunch, then noon in the café.")
        XCTAssertEqual(hits["third"]?.line, "Noon first, lunch later.")
        XCTAssertEqual(["first", "second", "third"].map { hits[$0]?.matchStart }, [2, 2, 0])
    }

    func testTheShorterPageRanksFirstAndHitsThatRankAlikeKeepMenuOrder() {
        XCTAssertEqual(index.search("noon").map(\.count), [1, 1, 1, 1])
        XCTAssertEqual(index.search("noon").first?.id.path, "third", "the same count in fewer words is more relevant")
        let alike = SearchIndex(Fixture.load([
            Fixture.page("index.md", frontMatter: "title: Root"),
            Fixture.page("c.md", frontMatter: "title: Sea\norder: 1", body: "The same words here."),
            Fixture.page("a.md", frontMatter: "title: Ay\norder: 2", body: "The same words here."),
            Fixture.page("b.md", frontMatter: "title: Bee\norder: 3", body: "The same words here."),
        ]))
        XCTAssertEqual(alike.search("words").map(\.id.path), ["c", "a", "b"])
    }

    func testALineWithALineBreakInsideIsFoundWhole() {
        let hit = index.search("snack")[0]
        XCTAssertEqual(hit.id.path, "html")
        XCTAssertEqual(hit.line, "A <span\nclass=\"x\">noon</span> snack.")
        XCTAssertEqual(hit.matchStart, 30)
    }
}

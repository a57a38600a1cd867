import BuiltinContent
import Catalog
import TestSupport
import XCTest

/// An index built a part at a time answers, once complete, exactly as one built at once; before
/// that, it answers from the pages it has read, in menu order, however far its pages have been
/// read since.
final class SearchIndexStepTests: XCTestCase {
    private static let queries = ["commissioning", "quokka", "partnerships", "\"social value\"", "partner*", "procurment", "procuremnt",
                                  "co-production", "coproduction", "co production", "Council", "zebra", ""]

    private func builtInSteps(_ catalog: Catalog) -> (index: SearchIndex, steps: Int) {
        var index = SearchIndex(building: catalog)
        var steps = 0
        while !index.isComplete {
            index = index.extended(steps: 1)
            steps += 1
        }
        return (index, steps)
    }

    private func assertSameAnswers(_ stepped: SearchIndex, _ whole: SearchIndex, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(stepped, whole, file: file, line: line)
        for query in Self.queries {
            XCTAssertEqual(stepped.results(for: query), whole.results(for: query), query, file: file, line: line)
            XCTAssertEqual(stepped.results(for: query, completing: true), whole.results(for: query, completing: true), query, file: file, line: line)
        }
    }

    func testTheBuiltinToolkitBuiltInStepsAnswersAsOneBuiltAtOnce() throws {
        let catalog = try CatalogLoader.open(BuiltinContent.files).get()
        let (stepped, steps) = builtInSteps(catalog)
        XCTAssertEqual(steps, 1 + (catalog.ids.count + 19) / 20, "one step of front matter, then 20 pages a step")
        assertSameAnswers(stepped, SearchIndex(try CatalogLoader.load(BuiltinContent.files).get()))
    }

    func testAGeneratedToolkitBuiltInStepsAnswersAsOneBuiltAtOnce() throws {
        let catalog = try CatalogLoader.open(ManyPages.files()).get()
        let (stepped, steps) = builtInSteps(catalog)
        XCTAssertEqual(steps, 4 + (catalog.ids.count + 19) / 20, "four steps of front matter, then 20 pages a step")
        assertSameAnswers(stepped, SearchIndex(catalog))
        XCTAssertEqual(stepped.results(for: "quokka").hits.count, 140)
    }

    func testAPartlyBuiltIndexAnswersFromTheFirstPagesInMenuOrder() throws {
        let catalog = try CatalogLoader.open(ManyPages.files()).get()
        let partial = SearchIndex(building: catalog).extended(steps: 10)
        XCTAssertEqual(partial.pagesIndexed, 120)
        XCTAssertEqual(partial.pageCount, 708)
        XCTAssertFalse(partial.isComplete)
        let firstPages = Set(catalog.pagesInMenuOrder.prefix(120))
        let hits = partial.search("commissioning").map(\.id)
        XCTAssertEqual(Set(hits), firstPages.subtracting([.root]), "every page read but the root, which does not say it")
        let answers = Self.queries.map { partial.results(for: $0) }
        _ = partial.extended(steps: 100)
        XCTAssertEqual(Self.queries.map { partial.results(for: $0) }, answers, "reading further does not change what a partial index answers")
    }

    func testAHitsLineIsGivenBackExactlyThoughTheIndexKeepsNoText() throws {
        // The index keeps words and the runs between them; lines they cannot give back (folded
        // accents, dropped apostrophes, more than 256 distinct runs) are kept as text.
        let runs = (0..<300).map { "word\($0)" + String(repeating: ".", count: $0 % 40 + 2) + String(repeating: ";", count: $0 / 40 + 1) }
        let lines = ["Barnardo’s café — naïve co-production, it's (x) [y]", "Plain  words,   spaced out .. here: zebra!", " wombat ",
                     runs.joined(separator: " ") + " ocelot"]
        let files = [Fixture.page("index.md", frontMatter: "title: Lines", body: lines.joined(separator: "\n\n"))]
        let index = SearchIndex(try CatalogLoader.load(files).get())
        for (query, line) in [("cafe", lines[0]), ("zebra", lines[1]), ("wombat", "wombat"), ("ocelot", lines[3])] {
            XCTAssertEqual(index.search(query).first?.line, line, query)
        }
    }
}

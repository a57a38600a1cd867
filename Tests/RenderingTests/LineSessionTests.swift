import Catalog
import Layout
import Rendering
import TestSupport
import XCTest

final class LineSessionTests: XCTestCase {
    private func session(at id: PageID = .root) -> LineSession {
        LineSession(catalog: Fixture.catalog, start: id, width: 60, glyphs: .unicode)
    }

    func testNumbersOpenMenuItemsAndBGoesBack() {
        var reader = session()
        XCTAssertTrue(reader.screen().hasSuffix("[1-3 to open, b back, /words search, q quit]> "))
        let alpha = reader.handle("1")
        XCTAssertTrue(alpha.hasPrefix("Alpha section\n"), alpha)
        XCTAssertEqual(reader.view, .page(PageID("alpha")))
        _ = reader.handle(" 2 ")
        XCTAssertEqual(reader.view, .page(PageID("alpha/two")))
        _ = reader.handle("b")
        XCTAssertEqual(reader.view, .page(PageID("alpha")))
        _ = reader.handle("b")
        XCTAssertEqual(reader.view, .page(.root))
        XCTAssertTrue(reader.handle("b").hasPrefix("This is the toolkit menu"))
    }

    func testNumbersFollowAPagesReferences() {
        var reader = session(at: PageID("alpha/two"))
        XCTAssertTrue(reader.screen().contains("page one[1]."), reader.screen())
        _ = reader.handle("1")
        XCTAssertEqual(reader.view, .page(PageID("alpha/one")))
        XCTAssertTrue(reader.handle("4").hasPrefix("Web link (open it in a browser): https://example.org/quoted"))
    }

    func testBackWithoutHistoryGoesUp() {
        var reader = session(at: PageID("beta/three"))
        _ = reader.handle("b")
        XCTAssertEqual(reader.view, .page(PageID("beta")))
    }

    func testSearchListsPagesToOpenByNumber() {
        var reader = session()
        let results = reader.handle("/second part")
        XCTAssertTrue(results.contains("in 2 pages for \"second part\""), results)
        XCTAssertEqual(reader.view, .results(query: "second part", hits: [PageID("alpha/one"), PageID("alpha/two")]))
        _ = reader.handle("1")
        XCTAssertEqual(reader.view, .page(PageID("alpha/one")))
        _ = reader.handle("b")
        XCTAssertEqual(reader.view, .results(query: "second part", hits: [PageID("alpha/one"), PageID("alpha/two")]))
    }

    /// The first screen is printed before any of the index is built; a search typed at once, or
    /// after part of the index was built between lines, answers exactly as the whole index does.
    func testASearchFindsEveryPageHoweverLittleOfTheIndexWasBuiltBetweenLines() throws {
        let catalog = try CatalogLoader.open(ManyPages.files()).get()
        let whole = SearchIndex(catalog)
        XCTAssertEqual(whole.search("quokka").count, 140, "every fifth of the 700 pages")
        XCTAssertEqual(whole.search("commissioning").count, 707, "every page and menu but the root")
        for stepsBetweenLines in [0, 3, 20] {
            for query in ["quokka", "commissioning"] {
                var reader = LineSession(catalog: catalog, start: .root, width: 60, glyphs: .unicode)
                XCTAssertTrue(reader.screen().hasPrefix("Many pages"))
                for _ in 0..<stepsBetweenLines { reader.idle() }
                XCTAssertTrue(reader.hasIdleWork, "\(stepsBetweenLines) steps do not build the index of 708 pages")
                let answer = reader.handle("/" + query)
                XCTAssertEqual(reader.view, .results(query: query, hits: whole.search(query).map(\.id)), "after \(stepsBetweenLines) steps")
                XCTAssertEqual(answer, SearchResultsText.text(for: whole.results(for: query), as: PlainText(catalog: catalog, width: 60, glyphs: .unicode)) + "\n" + reader.prompt)
                XCTAssertFalse(reader.hasIdleWork, "the search finished the index")
            }
        }
    }

    /// Between lines the index is built to the end, a step at a time.
    func testStepsBetweenLinesFinishTheIndex() throws {
        var reader = LineSession(catalog: try CatalogLoader.open(ManyPages.files()).get(), start: .root, width: 60, glyphs: .unicode)
        var steps = 0
        while reader.hasIdleWork {
            reader.idle()
            steps += 1
        }
        XCTAssertEqual(steps, 4 + 36, "front matter 200 pages a step, then 20 pages a step, for 708 pages")
        XCTAssertTrue(reader.handle("/quokka").contains("in 140 pages for \"quokka\""))
    }

    func testBadInputExplainsAndChangesNothing() {
        var reader = session()
        XCTAssertTrue(reader.handle("9").hasPrefix("Choose a number from 1 to 3."))
        XCTAssertTrue(reader.handle("\u{1B}[2J").hasPrefix("\"^[[2J\" is not a number"))
        XCTAssertTrue(reader.handle("/").hasPrefix("Type words after the slash"))
        XCTAssertTrue(reader.handle("").hasPrefix("Type a number"))
        XCTAssertEqual(reader.view, .page(.root))
        _ = reader.handle("q")
        XCTAssertTrue(reader.isFinished)
    }
}

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

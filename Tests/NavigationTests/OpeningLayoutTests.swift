import Catalog
import Layout
@testable import Navigation
import XCTest

/// A page long in bytes is first laid out from its opening, parsed alone, and the whole page takes
/// over as the layout reaches the opening's end: what the reader sees at every step is what the
/// whole page, parsed at once, would show.
final class OpeningLayoutTests: XCTestCase {
    private static func files(extra: String = "") -> [SourceFile] {
        let sections = (1...700).map { number in
            """
            ## Part \(number)

            Part \(number) of a long page says enough to wrap onto several lines at forty-four columns, \
            and links to [the other page](other.md) and to [part \(number % 7 + 1)](#part-\(number % 7 + 1)).

            - a first point of part \(number)
            - a second point, with `code`

            ```
            # not a heading: fenced code of part \(number)

            # still code
            ```
            """
        }
        return [
            SourceFile(path: "index.md", text: "---\ntitle: Root\nsources: [https://example.org/]\n---\n"),
            SourceFile(path: "long.md", text: "---\ntitle: A long page\norder: 1\nsources: [https://example.org/]\n---\n"
                + extra + sections.joined(separator: "\n\n") + "\n"),
            SourceFile(path: "other.md", text: "---\ntitle: Other\norder: 2\nsources: [https://example.org/]\n---\nBack to [the long page](long.md).\n"),
        ]
    }

    /// Two catalogs of the same files: one to open the long page from its opening, one to parse
    /// it whole, as a reference.
    private static func catalogs(extra: String = "") throws -> (opened: Catalog, whole: Catalog) {
        (try CatalogLoader.open(files(extra: extra)).get(), try CatalogLoader.open(files(extra: extra)).get())
    }

    private let size = Size(columns: 44, rows: 12)
    private let long = PageID("long")

    private func finished(_ state: State) -> State {
        var state = state
        var steps = 0
        while state.isLayingOut, steps < 10_000 {
            state = reduce(state, .idle).state
            steps += 1
        }
        return state
    }

    private func wholeDocument(_ catalog: Catalog) -> Document {
        PageLayout.document(for: catalog[long], width: Frame(size).textWidth, glyphs: .unicode)
    }

    func testTheOpeningIsTheWholePagesFirstBlocksAndLinks() throws {
        let (opened, whole) = try Self.catalogs()
        let opening = try XCTUnwrap(opened.opening(of: long))
        let page = whole[long]
        XCTAssertGreaterThan(opening.blocks.count, 10)
        XCTAssertLessThan(opening.blocks.count, page.blocks.count / 4)
        XCTAssertEqual(Array(page.blocks.prefix(opening.blocks.count)), opening.blocks)
        XCTAssertEqual(Array(page.links.prefix(opening.links.count)), opening.links)
    }

    func testTheFirstScreensComeFromTheOpeningAndMatchTheWholeLayout() throws {
        let (opened, whole) = try Self.catalogs()
        let state = State(catalog: opened, size: size, start: long)
        let expected = wholeDocument(whole)
        XCTAssertTrue(state.isLayingOut)
        XCTAssertGreaterThanOrEqual(state.document.lines.count, 3 * state.frame.bodyRows)
        XCTAssertEqual(Array(state.document.lines), Array(expected.lines.prefix(state.document.lines.count)))
        XCTAssertEqual(finished(state).document, expected)
    }

    func testEndAndPageDownGoPastTheOpening() throws {
        let (opened, whole) = try Self.catalogs()
        let expected = wholeDocument(whole)
        let end = reduce(State(catalog: opened, size: size, start: long), .key(.end)).state
        XCTAssertFalse(end.isLayingOut)
        XCTAssertEqual(end.document, expected)
        var paging = State(catalog: try Self.catalogs().opened, size: size, start: long)
        for step in 1...400 {
            paging = reduce(paging, .key(.pageDown)).state
            XCTAssertEqual(paging.place.scroll, step * paging.frame.bodyRows, "PgDn \(step)")
        }
        XCTAssertEqual(Array(paging.document.lines), Array(expected.lines.prefix(paging.document.lines.count)))
    }

    func testALinkToAMissingAnchorOnThePageItselfIsLaidOutAsTheWholePageHasIt() throws {
        // The opening cannot check anchors on its own page; the whole page finds this one missing,
        // so the layout starts over from the whole page and ends as it would have.
        let (opened, whole) = try Self.catalogs(extra: "See [nowhere](#no-such-heading).\n\n")
        XCTAssertNotNil(opened.opening(of: long))
        XCTAssertEqual(finished(State(catalog: opened, size: size, start: long)).document, wholeDocument(whole))
    }

    func testAPageWithALabelDefinitionIsParsedWhole() throws {
        let (opened, _) = try Self.catalogs(extra: "See [the site][site].\n\n[site]: https://example.org/\n\n")
        XCTAssertNil(opened.opening(of: long))
    }
}

import Catalog
import Layout
@testable import Navigation
import TestSupport
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

    /// The long page of `state`'s catalog, laid out directly from its opening as far as the
    /// title. The opening is asked for before the test compares pages: comparing parses the
    /// whole page, after which the catalog has no opening to give.
    private func layout(of state: State) -> ProgressivePageLayout {
        ProgressivePageLayout(page: state.catalog[long], opening: state.catalog.opening(of: long), layout: PageLayout(width: Frame(size).textWidth, glyphs: .unicode, marks: ItemMarks()))
    }

    /// `state` showing `layout`: the lines laid out so far, and the layout itself while some is left.
    private func showing(_ layout: ProgressivePageLayout, _ state: inout State) {
        state.document = layout.document
        state.progress = layout.isComplete ? nil : layout
    }

    /// Sends `.idle` until the page is laid out, asserting each step exhaustively: 500 lines
    /// more, and three screens past them, as the layout built alongside says.
    private func finished(_ state: State) -> State {
        var state = state
        var expected = layout(of: state)
        var steps = 0
        while state.isLayingOut, steps < 10_000 {
            expected.extend(toLines: state.document.lines.count + 500 + 3 * 9)
            state = assertTransition(state, .idle) { [expected] in self.showing(expected, &$0) }
            steps += 1
        }
        return state
    }

    private func wholeDocument(_ catalog: Catalog) -> Document {
        PageLayout(width: Frame(size).textWidth, glyphs: .unicode, marks: ItemMarks()).document(for: catalog[long])
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
        let end = assertTransition(State(catalog: opened, size: size, start: long), .key(.end)) {
            $0.document = expected
            $0.progress = nil
            $0.place.scroll = expected.lines.count - 9
        }
        XCTAssertFalse(end.isLayingOut)
        var paging = State(catalog: try Self.catalogs().opened, size: size, start: long)
        var layout = layout(of: paging)
        XCTAssertNotNil(paging.catalog.opening(of: long))
        let rows = paging.frame.bodyRows
        for step in 1...400 {
            // Each screen down, the page laid out at least three screens past it.
            layout.extend(toLines: (step + 3) * rows)
            paging = assertTransition(paging, .key(.pageDown)) { [layout] in
                $0.place.scroll = step * rows
                self.showing(layout, &$0)
            }
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

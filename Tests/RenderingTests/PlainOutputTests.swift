import Catalog
import Layout
@testable import Rendering
import TestSupport
import XCTest

/// What `show`, `show --all`, `tree` and `--plain` print, as snapshots at 40, 80 and 120 columns.
final class PlainOutputTests: XCTestCase {
    private let catalog = Fixture.catalog

    func testShowPageWithNumberedReferences() {
        for width in [40, 80, 120] {
            assertSnapshot(PlainText(catalog: catalog, width: width, glyphs: .unicode).page(PageID("alpha/one")), named: "show-page.\(width)")
        }
    }

    func testShowMenu() {
        assertSnapshot(PlainText(catalog: catalog, width: 80, glyphs: .unicode).page(.root), named: "show-menu.80")
    }

    /// A section menu ends, as on the website, with the other sections described and the toolkit
    /// menu; in plain text their numbers follow the menu's items, so `--plain` can open them.
    func testShowSectionMenuEndsWithWhatNext() {
        assertSnapshot(PlainText(catalog: catalog, width: 80, glyphs: .unicode).page(PageID("alpha")), named: "show-section-menu.80")
        let items = catalog[PageID("alpha")].children.map { LinkTarget.page($0, anchor: nil) }
        let others = catalog.root.children.filter { $0 != PageID("alpha") }.map { LinkTarget.page($0, anchor: nil) }
        XCTAssertEqual(PlainText.numberedTargets(of: PageID("alpha"), in: catalog), items + others + [.page(.root, anchor: nil)])
    }

    func testHandoutOfTheWholeToolkit() {
        for width in [40, 80, 120] {
            assertSnapshot(Handout.text(from: .root, as: PlainText(catalog: catalog, width: width, glyphs: .unicode)), named: "show-all.\(width)")
        }
    }

    func testMarkdownKeepsTheAuthorsText() {
        assertSnapshot(Handout.markdown(from: PageID("alpha"), in: catalog), named: "show-all-markdown")
    }

    func testTreeInUnicodeAndASCII() {
        assertSnapshot(MenuTree.text(from: .root, in: catalog, glyphs: .unicode), named: "tree")
        assertSnapshot(MenuTree.text(from: .root, in: catalog, glyphs: .ascii), named: "tree-ascii")
    }

    func testReferencesSkipAddressesThatShowThemselves() {
        let page = catalog[PageID("beta/three")]
        let numbering = ReferenceNumbering(page: page, blocks: page.blocks)
        XCTAssertEqual(numbering.targets.count, 4, "the source URL is its own link text, so only Linked from and What next? are numbered")
    }

    func testSearchResultsText() {
        assertSnapshot(SearchResultsText.text(for: SearchIndex(catalog).results(for: "paragraph"), as: PlainText(catalog: catalog, width: 60, glyphs: .unicode)), named: "search-results.60")
    }
}

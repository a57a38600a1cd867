@testable import Catalog
import TestSupport
import XCTest

final class CatalogLoaderTests: XCTestCase {
    func testFixtureBuildsTheMenuTreeInOrder() {
        let catalog = Fixture.catalog
        XCTAssertEqual(catalog.root.children, [PageID("alpha"), PageID("beta"), PageID("about")])
        XCTAssertEqual(catalog[PageID("alpha")].children, [PageID("alpha/one"), PageID("alpha/two")])
        XCTAssertEqual(catalog[PageID("alpha/one")].shortTitle, "One")
        XCTAssertEqual(catalog.root.updated, "2026-01-01")
        XCTAssertEqual(catalog.pagesInMenuOrder.count, catalog.pages.count)
        XCTAssertEqual(catalog.position(of: PageID("alpha/two"))?.index, 2)
        XCTAssertEqual(catalog.position(of: PageID("alpha/two"))?.count, 2)
        XCTAssertNil(catalog.position(of: .root))
    }

    func testLinksResolveToPagesAnchorsAndWebAddresses() {
        let one = Fixture.catalog[PageID("alpha/one")]
        let targets = one.links.map(\.target)
        XCTAssertEqual(targets[0], .page(PageID("alpha/one"), anchor: "second-part"))
        XCTAssertEqual(targets[1], .page(PageID("alpha/two"), anchor: nil))
        XCTAssertEqual(targets[2], .page(PageID("beta/three"), anchor: nil))
        XCTAssertEqual(targets[3], .external("https://example.org/quoted"))
        XCTAssertEqual(Fixture.catalog[PageID("alpha/two")].links[0].target, .page(PageID("alpha/one"), anchor: "second-part"))
    }

    func testLeafPagesEndWithWhatNextAndSources() {
        let page = Fixture.catalog[PageID("beta/three")]
        let headings = page.blocks.compactMap { block -> String? in
            if case let .heading(_, content, _) = block { return content.map(\.text).joined() }
            return nil
        }
        XCTAssertEqual(headings, ["Linked from", "What next?", "Sources"])
        // What next? lists the sections other than the page's own, then the toolkit menu.
        XCTAssertEqual(page.links.map(\.target), [
            .page(PageID("alpha/one"), anchor: nil),
            .page(PageID("alpha"), anchor: nil), .page(PageID("about"), anchor: nil),
            .page(.root, anchor: nil), .external("https://example.org/three"),
        ])
    }

    func testWhatNextDescribesEachSectionByItsSummary() {
        let page = Fixture.catalog[PageID("alpha/one")]
        guard case let .list(_, items) = page.blocks[page.blocks.firstIndex { $0 == .heading(level: 2, content: [Inline("What next?")], anchor: "what-next") }! + 1] else {
            return XCTFail("What next? is not followed by its list")
        }
        XCTAssertEqual(items[1].first, .paragraph([Inline("Beta section", link: 6), Inline("\n"), Inline("The second section")]))
        XCTAssertEqual(items.last, [.paragraph([Inline("Toolkit menu", link: 8), Inline("\n"), Inline("Back to the main menu")])])
        XCTAssertEqual(page.links[6].target, .page(PageID("beta"), anchor: nil))
    }

    func testSectionMenusEndWithWhatNextAndTheToolkitMenuDoesNot() {
        let whatNext = Block.heading(level: 2, content: [Inline("What next?")], anchor: "what-next")
        let alpha = Fixture.catalog[PageID("alpha")]
        XCTAssertEqual(Array(alpha.blocks[alpha.footerStart...].prefix(1)), [whatNext], "a section menu ends with What next? alone")
        XCTAssertEqual(alpha.links.map(\.target), [.page(PageID("beta"), anchor: nil), .page(PageID("about"), anchor: nil), .page(.root, anchor: nil)])
        XCTAssertEqual(alpha.blocks.count, alpha.footerStart + 2, "no Linked from or Sources on a menu")
        XCTAssertFalse(Fixture.catalog.root.blocks.contains(whatNext))
    }

    func testHeadingAnchorsFollowGitHubAndStayUnique() {
        let catalog = Fixture.load([Fixture.root, Fixture.page("a.md", body: "## Process and principles\n\n## Process and principles\n\n## Don't panic!")])
        let anchors = catalog[PageID("a")].blocks.compactMap { block -> String? in
            if case let .heading(_, _, anchor) = block { return anchor }
            return nil
        }
        XCTAssertEqual(Array(anchors.prefix(3)), ["process-and-principles", "process-and-principles-1", "dont-panic"])
    }

    func testMarkdownBlocksAreParsed() {
        let body = """
            Some *italic*, **bold**, `code` and ~~gone~~ text.\\
            After a hard break.

            1. first
            2. second

            > quoted

            ```
            let x\t= 1
            ```

            ---

            | A | B |
            |:-:|--:|
            | 1 | 2 |
            """
        let page = Fixture.load([Fixture.root, Fixture.page("a.md", body: body)])[PageID("a")]
        guard case let .paragraph(inlines) = page.blocks[0] else { return XCTFail("expected a paragraph") }
        XCTAssertEqual(inlines.first { $0.text == "italic" }?.emphasis, .italic)
        XCTAssertEqual(inlines.first { $0.text == "bold" }?.emphasis, .strong)
        XCTAssertEqual(inlines.first { $0.text == "code" }?.emphasis, .code)
        XCTAssertEqual(inlines.first { $0.text == "gone" }?.emphasis, .strike)
        XCTAssertTrue(inlines.contains { $0.text == "\n" })
        XCTAssertEqual(page.blocks[1], .list(start: 1, items: [[.paragraph([Inline("first")])], [.paragraph([Inline("second")])]]))
        XCTAssertEqual(page.blocks[2], .quote([.paragraph([Inline("quoted")])]))
        XCTAssertEqual(page.blocks[3], .code("let x    = 1"))
        XCTAssertEqual(page.blocks[4], .rule)
        XCTAssertEqual(page.blocks[5], .table(Table(header: [[Inline("A")], [Inline("B")]], rows: [[[Inline("1")], [Inline("2")]]], alignments: [.center, .right])))
    }

    func testHTMLCommentsAreNotShown() {
        let page = Fixture.load([Fixture.root, Fixture.page("a.md", body: "<!-- a note -->\n\nVisible.")])[PageID("a")]
        XCTAssertEqual(page.blocks.first, .paragraph([Inline("Visible.")]))
    }

    func testResolveAcceptsTheFormsPeopleType() {
        let catalog = Fixture.catalog
        XCTAssertEqual(catalog.resolve("alpha/one"), PageID("alpha/one"))
        XCTAssertEqual(catalog.resolve("alpha/one.md"), PageID("alpha/one"))
        XCTAssertEqual(catalog.resolve("alpha/"), PageID("alpha"))
        XCTAssertEqual(catalog.resolve("alpha/index.md"), PageID("alpha"))
        XCTAssertEqual(catalog.resolve("menu"), .root)
        for id in catalog.ids where !id.isRoot {
            XCTAssertEqual(catalog.resolve(catalog.menuNumber(of: id)), id, "menu number \(catalog.menuNumber(of: id))")
        }
        for number in ["9", "1.9", "1.", ".1", "1..1", "-1", "１"] { XCTAssertNil(catalog.resolve(number), number) }
        XCTAssertNil(catalog.resolve("alpha/on"))
        XCTAssertEqual(catalog.nearMatches(for: "alpha/on").first, PageID("alpha/one"))
        XCTAssertEqual(catalog.nearMatches(for: "thre"), [PageID("beta/three")])
        XCTAssertEqual(catalog.nearMatches(for: "zzzzzzzzzz"), [])
    }

    func testNearMissesOfAWordOfTheIdOrTheTitleAreSuggested() {
        let catalog = Fixture.catalog
        XCTAssertEqual(catalog.nearMatches(for: "fixtre"), [PageID("about")], "a word of the title")
        XCTAssertEqual(catalog.nearMatches(for: "Page One"), [PageID("alpha/one")], "the title itself, whatever the case")
        XCTAssertEqual(catalog.nearMatches(for: "secton").sorted(), [PageID("alpha"), PageID("beta")])
    }
}

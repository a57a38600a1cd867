@testable import Catalog
import TestSupport
import XCTest

/// "What next?" names the next page of the page's own section first, and shrinks on a page
/// whose body is shorter than its footer, with the same links in every form (issue 22).
final class WhatNextTests: XCTestCase {
    private static let whatNext = Block.heading(level: 2, content: [Inline("What next?")], anchor: "what-next")

    private func entries(_ page: Page) -> Block? {
        page.blocks.firstIndex(of: Self.whatNext).map { page.blocks[$0 + 1] }
    }

    private func targets(_ page: Page) -> [LinkTarget] {
        let start = page.blocks.firstIndex(of: Self.whatNext)!
        var indices: [Int] = []
        func visit(_ block: Block) {
            switch block {
            case let .paragraph(content): indices += content.compactMap(\.link)
            case let .list(_, items): items.forEach { $0.forEach(visit) }
            default: break
            }
        }
        visit(page.blocks[start + 1])
        return indices.map { page.links[$0].target }
    }

    private static let toolkit = Fixture.load([
        Fixture.page("index.md", frontMatter: "title: Root"),
        Fixture.page("principles/index.md", frontMatter: "title: Principles\nsummary: Nine of them\norder: 1"),
        Fixture.page("principles/one.md", frontMatter: "title: \"Principle 1: Trust\"\nsummary: Trust first\norder: 1",
                     body: (1...30).map { "Paragraph \($0) of a principle long enough to be read before its footer." }.joined(separator: "\n\n")),
        Fixture.page("principles/two.md", frontMatter: "title: \"Principle 2: Fairness\"\nsummary: Fair shares\norder: 2",
                     body: "Short.\n\n## Some more\n\nA few lines of text, but fewer than the footer takes.\n\nAnother paragraph.\n\nAnd one more."),
        Fixture.page("principles/three.md", frontMatter: "title: \"Principle 3: Voice\"\nsummary: Heard\norder: 3", body: "One line."),
        Fixture.page("cases/index.md", frontMatter: "title: Case studies\nsummary: What happened\norder: 2"),
        Fixture.page("cases/plymouth.md", frontMatter: "title: Plymouth\nsummary: An alliance", body: "Plymouth."),
        Fixture.page("about.md", frontMatter: "title: About\nsummary: Who wrote it\norder: 3", body: "About."),
    ])

    func testTheNextPageOfTheSectionComesFirst() {
        let one = Self.toolkit[PageID("principles/one")]
        XCTAssertEqual(targets(one), [.page(PageID("principles/two"), anchor: nil), .page(PageID("cases"), anchor: nil),
                                      .page(PageID("about"), anchor: nil), .page(.root, anchor: nil)])
        guard case let .list(_, items)? = entries(one) else { return XCTFail("\(String(describing: entries(one)))") }
        XCTAssertEqual(items[0], [.paragraph([Inline("Next in this section: "), Inline("Principle 2: Fairness", link: 0), Inline("\n"), Inline("Fair shares")])],
                       "a long page keeps the summaries")
        XCTAssertEqual(targets(Self.toolkit[PageID("principles/two")]).first, .page(PageID("principles/three"), anchor: nil))
    }

    func testTheLastPageOfASectionMenusAndPagesUnderTheToolkitMenuHaveNoNext() {
        let others: [LinkTarget] = [.page(PageID("cases"), anchor: nil), .page(PageID("about"), anchor: nil), .page(.root, anchor: nil)]
        XCTAssertEqual(targets(Self.toolkit[PageID("principles/three")]), others)
        XCTAssertEqual(targets(Self.toolkit[PageID("cases/plymouth")]), [.page(PageID("principles"), anchor: nil)] + others.dropFirst(), "one page, no next")
        XCTAssertEqual(targets(Self.toolkit[PageID("principles")]), others, "a menu lists its pages itself")
        XCTAssertEqual(targets(Self.toolkit[PageID("about")]), [.page(PageID("principles"), anchor: nil), .page(PageID("cases"), anchor: nil), .page(.root, anchor: nil)])
    }

    func testAShortBodyShrinksTheFooterToOneLinePerEntryOrOneLineInAll() {
        guard case let .list(_, items)? = entries(Self.toolkit[PageID("principles/two")]) else { return XCTFail("one line per entry: \(String(describing: entries(Self.toolkit[PageID("principles/two")])))") }
        XCTAssertEqual(items.map { $0.count }, [1, 1, 1, 1])
        XCTAssertFalse(items.contains { "\($0)".contains("\\n") || "\($0)".contains("Who wrote it") }, "\(items)")
        guard case let .paragraph(names)? = entries(Self.toolkit[PageID("principles/three")]) else { return XCTFail("names on one line") }
        XCTAssertEqual(names.map(\.text).joined(), "Case studies \u{B7} About \u{B7} Toolkit menu")
    }

    func testOnOneLineTheNextPageKeepsALineOfItsOwn() {
        let page = Fixture.load([
            Fixture.page("index.md", frontMatter: "title: Root"),
            Fixture.page("p/index.md", frontMatter: "title: P\norder: 1"),
            Fixture.page("p/a.md", frontMatter: "title: A\norder: 1", body: "One line."),
            Fixture.page("p/b.md", frontMatter: "title: B\nsummary: Bee\norder: 2"),
            Fixture.page("q.md", frontMatter: "title: Q\nsummary: Queue\norder: 2"),
        ])[PageID("p/a")]
        let start = page.blocks.firstIndex(of: Self.whatNext)!
        XCTAssertEqual(Array(page.blocks[(start + 1)...]), [
            .paragraph([Inline("Next in this section: "), Inline("B", link: 0)]),
            .paragraph([Inline("Q", link: 1), Inline(" \u{B7} "), Inline("Toolkit menu", link: 2)]),
        ])
        XCTAssertEqual(targets(page), [.page(PageID("p/b"), anchor: nil)], "the first block after the heading holds the next page")
    }

    func testAMenusFooterNeverShrinks() {
        guard case let .list(_, items)? = entries(Self.toolkit[PageID("cases")]) else { return XCTFail("a menu keeps its list") }
        XCTAssertEqual(items.first, [.paragraph([Inline("Principles", link: 0), Inline("\n"), Inline("Nine of them")])])
    }

    func testTheCheckCountsTheNextLinkAsTheCatalogShowsIt() {
        let files = [
            Fixture.page("index.md", frontMatter: "title: Root"),
            Fixture.page("a/index.md", frontMatter: "title: A\norder: 1"),
            Fixture.page("a/x.md", frontMatter: "title: X\norder: 2"),
            Fixture.page("a/y.md", frontMatter: "title: Y\norder: 1"),
            Fixture.page("b.md", frontMatter: "title: B\norder: 2"),
        ]
        let catalog = Fixture.load(files)
        XCTAssertEqual(targets(catalog[PageID("a/y")]).first, .page(PageID("a/x"), anchor: nil), "menu order, not file order")
        XCTAssertEqual(ContentCheck(files).links, catalog.pages.values.reduce(0) { $0 + $1.links.count })
    }
}

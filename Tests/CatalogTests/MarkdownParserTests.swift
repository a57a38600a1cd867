@testable import Catalog
import XCTest

/// What the parser makes of the Markdown it walks node by node (issue 8 changed how it walks).
final class MarkdownParserTests: XCTestCase {
    private func anchors(in blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case let .heading(_, _, anchor): return [anchor]
            case let .list(_, items): return items.flatMap { anchors(in: $0) }
            case let .quote(inner): return anchors(in: inner)
            default: return []
            }
        }
    }

    func testRepeatedHeadingsAreNumberedInDocumentOrderAcrossListsAndQuotes() {
        let markdown = "## Notes\n\n- ## Notes\n\n> ## Notes\n>\n> - ## Other\n\n## Notes\n\n## Other\n"
        let parsed = MarkdownParser.parse(markdown, firstLine: 1)
        XCTAssertEqual(anchors(in: parsed.blocks), ["notes", "notes-1", "notes-2", "other", "notes-3", "other-1"])
    }

    func testStrikethroughTablesAndLinksKeepTheirMeaning() {
        let markdown = "Some ~~old~~ *new* [site](https://example.org) text.\n\n| a | b |\n|:-:|--:|\n| 1 | ~~2~~ |\n"
        let parsed = MarkdownParser.parse(markdown, firstLine: 5)
        guard case let .paragraph(inlines) = parsed.blocks[0], case let .table(table) = parsed.blocks[1] else {
            return XCTFail("unexpected blocks: \(parsed.blocks)")
        }
        XCTAssertEqual(inlines.map(\.text), ["Some ", "old", " ", "new", " ", "site", " text."])
        XCTAssertEqual(inlines[1].emphasis, .strike)
        XCTAssertEqual(inlines[3].emphasis, .italic)
        XCTAssertEqual(inlines[5].link, 0)
        XCTAssertEqual(parsed.links.map(\.destination), ["https://example.org"])
        XCTAssertEqual(parsed.links.map(\.line), [5])
        XCTAssertEqual(table.alignments, [.center, .right])
        XCTAssertEqual(table.header.map { $0.map(\.text) }, [["a"], ["b"]])
        XCTAssertEqual(table.rows[0][1].first?.emphasis, .strike)
    }

    func testSlugsOfASCIIAndOtherTextFollowGitHubsRule() {
        XCTAssertEqual(Anchor.slug("Process and principles"), "process-and-principles")
        XCTAssertEqual(Anchor.slug("C++ & Go: 2 Ways_Now-ish\r\n"), "c--go-2-ways_now-ish")
        XCTAssertEqual(Anchor.slug("Étude: Café 2"), "étude-café-2")
    }
}

@testable import Catalog
import TestSupport
import XCTest

/// Task-list items (`- [ ] Do we …?`): parsed as `.task` blocks, listed as `TaskItem`s without
/// laying the page out, keyed so that an edited page still names them, and searched by their text.
final class TaskItemTests: XCTestCase {
    private let checklist = PageID("tools/checklist")

    func testATaskItemsFirstParagraphIsATaskBlockWithoutItsBox() {
        let parsed = MarkdownParser.parse("- [ ] Do we *share* risk?\n- [X] Done\n- plain\n", firstLine: 1)
        guard case let .list(nil, items) = parsed.blocks.first else { return XCTFail("\(parsed.blocks)") }
        XCTAssertEqual(items[0], [.task(checked: false, content: [Inline("Do we "), Inline("share", emphasis: .italic), Inline(" risk?")])])
        XCTAssertEqual(items[1], [.task(checked: true, content: [Inline("Done")])])
        XCTAssertEqual(items[2], [.paragraph([Inline("plain")])])
    }

    func testBracketsOutsideAListItemStayText() {
        let parsed = MarkdownParser.parse("[ ] is not a task\n\n- [] nor this\n", firstLine: 1)
        XCTAssertEqual(parsed.blocks[0], .paragraph([Inline("[ ] is not a task")]))
        XCTAssertEqual(parsed.blocks[1], .list(start: nil, items: [[.paragraph([Inline("[] nor this")])]]))
    }

    func testAPageListsItsItemsInReadingOrderWithTheirHeadings() {
        let items = Fixture.checklistCatalog[checklist].taskItems
        XCTAssertEqual(items.map(\.position), [0, 1, 2, 3, 4])
        XCTAssertEqual(items.map(\.text), [
            "Do we agree what the partnership is for?",
            "Do we meet as partners, not as buyer and seller, at least once a quarter, with every provider in the room?",
            "Do we read the second principle together?",
            "Do we share risk?",
            "Do we know who holds each risk?",
        ])
        XCTAssertEqual(items.map(\.checked), [false, true, false, false, false])
        XCTAssertEqual(items.map(\.heading), ["Shared purpose", "Shared purpose", "Shared purpose", "Risk", "Risk"])
        XCTAssertEqual(Set(items.map(\.page)), [checklist])
        XCTAssertEqual(items[3].key, "do we share risk")
    }

    func testPagesWithoutItemsAndTheFooterHaveNone() {
        let catalog = Fixture.checklistCatalog
        XCTAssertEqual(catalog[PageID("tools/other")].taskItems, [])
        XCTAssertEqual(catalog[.root].taskItems, [])
        XCTAssertEqual(Fixture.catalog[PageID("alpha/one")].taskItems, [], "a bullet list has no task items")
    }

    func testTheKeyIgnoresCaseSpacingQuotesAndEndPunctuation() {
        XCTAssertEqual(TaskItem.key(for: "  Do we  SHARE\trisk?  "), "do we share risk")
        XCTAssertEqual(TaskItem.key(for: "Do we share risk"), "do we share risk")
        XCTAssertEqual(TaskItem.key(for: "\u{201C}Do we\u{201D} know our provider\u{2019}s costs?!"), TaskItem.key(for: "\"do we\" know our provider's costs"))
        XCTAssertNotEqual(TaskItem.key(for: "Do we share risk?"), TaskItem.key(for: "Do we share costs?"))
        XCTAssertEqual(TaskItem.key(for: "?!"), "")
    }

    func testAnItemKeepsItsKeyWhenOtherLinesAreEditedOrItemsReordered() {
        let before = TaskItem.items(in: MarkdownParser.parse("- [ ] Do we share risk?\n- [ ] Do we meet?\n", firstLine: 1).blocks, page: checklist)
        let after = TaskItem.items(in: MarkdownParser.parse("Intro.\n\n- [ ] do we meet\n- [x] Do we share  risk?\n", firstLine: 1).blocks, page: checklist)
        XCTAssertEqual(Set(before.map(\.key)), Set(after.map(\.key)))
        XCTAssertEqual(after.first { $0.key == before[0].key }?.position, 1)
    }

    func testSearchReadsTheItemsTextNotItsBox() {
        let catalog = Fixture.checklistCatalog
        let index = SearchIndex(catalog)
        let hit = index.results(for: "holds").hits.first
        XCTAssertEqual(hit?.id, checklist)
        XCTAssertEqual(hit?.line, "Do we know who holds each risk?")
        XCTAssertFalse(index.results(for: "share risk").hits.contains { $0.line.contains("[") }, "the box is not part of a hit's line")
    }
}

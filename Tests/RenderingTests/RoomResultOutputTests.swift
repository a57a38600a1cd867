import Catalog
import Layout
import Rendering
import TestSupport
import XCTest

/// "What the room said" in every printed form of a workbook: each question with its page and
/// time, how many answered of how many followed, each choice's count and share as text; what a
/// presenter's content put in a question's text can never become markup or a terminal control.
final class RoomResultOutputTests: XCTestCase {
    private let catalog = Fixture.load([Fixture.root, Fixture.page("guide.md", frontMatter: "title: Guide\norder: 1", body: "No items here.")])

    private var checklist: FilledChecklist {
        var checklist = FilledChecklist(catalog: catalog, answers: [])
        checklist.room = [RoomResult(pageID: PageID("guide"), text: "Is <b>this</b> *clear*\u{1B}[2J?", choices: ["agree", "not sure", "disagree"],
                                     counts: [7, 7, 6], headCount: 21, closedAt: 1_800_000_000)]
        return checklist
    }

    func testTextListsEachQuestionWithItsCountsAndNoControlCharacters() {
        let text = ChecklistText.document(name: "north", checklist: checklist, glyphs: .unicode)
        XCTAssertTrue(text.contains("\nWhat the room said\n\n  Is <b>this</b> *clear*"), text)
        XCTAssertTrue(text.contains("    20 of 21 attendees answered: agree 7 (35%), not sure 7 (35%), disagree 6 (30%)\n"), text)
        XCTAssertFalse(text.contains("\u{1B}"), "no escape reaches the output")
    }

    func testMarkdownAndHTMLEscapeTheQuestion() {
        let markdown = ChecklistMarkdown.document(name: "north", checklist: checklist)
        XCTAssertTrue(markdown.contains("\n## What the room said\n\n- Is \\<b\\>this\\<\\/b\\> \\*clear\\*"), markdown)
        XCTAssertTrue(markdown.contains("20 of 21 attendees answered\\: agree 7 \\(35\\%\\)"), markdown)
        let html = ChecklistHTML.document(name: "north", checklist: checklist, catalog: catalog)
        XCTAssertTrue(html.contains("<h2>What the room said</h2>\n<ul class=\"answers\">\n<li>Is &lt;b&gt;this&lt;/b&gt; *clear*"), html)
        XCTAssertTrue(html.contains("<p class=\"tally\">20 of 21 attendees answered: agree 7 (35%), not sure 7 (35%), disagree 6 (30%)</p>"), html)
        XCTAssertFalse(html.contains("<b>this"), html)
    }

    func testNothingIsAddedWhenTheRoomSaidNothing() {
        let empty = FilledChecklist(catalog: catalog, answers: [])
        XCTAssertFalse(ChecklistText.document(name: "north", checklist: empty, glyphs: .unicode).contains("What the room said"))
        XCTAssertFalse(HTMLHandout.document(from: .root, in: catalog, answers: empty).contains("What the room said"))
        XCTAssertTrue(HTMLHandout.document(from: .root, in: catalog, answers: checklist).contains("<h2>What the room said</h2>"))
    }
}

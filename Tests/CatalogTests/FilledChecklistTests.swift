import Catalog
import TestSupport
import XCTest

/// Answers laid over a toolkit's items: matched by page and normalised text, so reordering and
/// rewording other lines keep them; an answer whose item is gone is kept apart, never dropped.
final class FilledChecklistTests: XCTestCase {
    private let page = PageID("tools/checklist")

    private func answer(_ text: String, _ choice: AnswerChoice?, page: PageID? = nil, note: String = "") -> ItemAnswer {
        ItemAnswer(pageID: page ?? self.page, itemKey: TaskItem.key(for: text), itemText: text, choice: choice, note: note, changedAt: 1)
    }

    func testAnswersMatchItemsByTheirNormalisedText() {
        let answers = [answer("do we share risk", .yes), answer("Do we know who holds each risk?", nil, note: "ask finance")]
        let filled = FilledChecklist(catalog: Fixture.checklistCatalog, answers: answers)
        XCTAssertEqual(filled.pages.map(\.page), [page])
        XCTAssertEqual(filled.pages[0].number, "1.1")
        XCTAssertEqual(filled.pages[0].entries.map { $0.answer?.choice }, [nil, nil, nil, .yes, nil])
        XCTAssertEqual(filled.pages[0].entries[4].answer?.note, "ask finance")
        XCTAssertEqual(filled.gone, [])
        XCTAssertEqual(filled.progress.answered, 1, "a note alone is not an answer")
        XCTAssertEqual(filled.progress.items, 5)
    }

    func testAnswersWhoseItemOrPageIsGoneAreKeptApartInOrder() {
        let answers = [answer("Do we still exist?", .no), answer("Do we share risk?", .partly),
                       answer("Anything", .yes, page: PageID("tools/removed")), answer("An old item", .yes)]
        let filled = FilledChecklist(catalog: Fixture.checklistCatalog, answers: answers)
        XCTAssertEqual(filled.gone.map(\.itemText), ["An old item", "Do we still exist?", "Anything"])
        XCTAssertEqual(filled.pages[0].entries.compactMap { $0.answer?.choice }, [.partly])
        XCTAssertEqual(FilledChecklist.goneHeading, "Answers to items no longer in the toolkit")
    }
}

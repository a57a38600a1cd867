import Catalog
import XCTest

/// The answer cycle `x` steps through, and marks told apart without colour.
final class AnswerChoiceTests: XCTestCase {
    func testTheCycleVisitsEveryChoiceOnceAndComesBackToUnanswered() {
        var seen: [AnswerChoice?] = []
        var choice: AnswerChoice? = nil
        repeat {
            seen.append(choice)
            choice = AnswerChoice.next(after: choice)
        } while choice != nil
        XCTAssertEqual(seen, [nil, .yes, .partly, .no, .notApplicable])
    }

    func testMarksAreDistinctInBothAlphabets() {
        let all: [AnswerChoice?] = [nil] + AnswerChoice.allCases.map { $0 }
        XCTAssertEqual(Set(all.map(AnswerChoice.mark(for:))).count, all.count)
        XCTAssertEqual(Set(all.map(AnswerChoice.asciiMark(for:))).count, all.count)
        XCTAssertTrue(all.allSatisfy { AnswerChoice.asciiMark(for: $0).utf8.allSatisfy { $0 < 0x80 } })
        XCTAssertEqual(AnswerChoice.allCases.map(AnswerChoice.mark(for:)), ["[✓]", "[~]", "[✗]", "[–]"])
    }

    func testRawValuesAreTheCommandLineWords() {
        XCTAssertEqual(AnswerChoice.allCases.map(\.rawValue), ["yes", "partly", "no", "na"])
        XCTAssertEqual(AnswerChoice(rawValue: "na"), .notApplicable)
    }
}

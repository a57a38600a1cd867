import Catalog
import Workbook
import XCTest

/// The JSON a workbook moves in: what is written is read back exactly, whatever a note holds;
/// anything else is refused with where and why, never a crash.
final class WorkbookFileTests: XCTestCase {
    private func answer(_ text: String, _ choice: AnswerChoice?, note: String = "", page: String = "tools/partnership-checklist") -> ItemAnswer {
        ItemAnswer(pageID: PageID(page), itemKey: TaskItem.key(for: text), itemText: text, choice: choice, note: note, changedAt: 1_796_601_600)
    }

    private func decode(_ json: String) throws -> WorkbookFile.Contents {
        try WorkbookFile.decode(Array(json.utf8), file: "w.json")
    }

    func testWhatIsWrittenIsReadBackExactly() throws {
        let hostile = "\u{0}\u{1B}[2J\u{7F}\u{85}\u{2028}\"\\/\n\t\r😀 é \u{202E}"
        let answers = [answer("Do we share risk?", .yes, note: hostile), answer("Q \"quoted\"", nil, note: "only a note"),
                       answer("Do we?", .notApplicable, page: "gone/page"), answer("Partly so", .partly), answer("No", .no)]
        let json = WorkbookFile.encode(name: "Oldham \u{1B}", answers: answers)
        XCTAssertFalse(json.utf8.contains { $0 < 0x20 && $0 != 0x0A }, "no raw control byte in the file")
        XCTAssertEqual(json.split(separator: "\n").count, answers.count + 2, "one answer a line")
        let read = try decode(json)
        XCTAssertEqual(read.name, "Oldham \u{1B}")
        XCTAssertEqual(Set(read.answers.map { "\($0)" }), Set(answers.map { "\($0)" }))
        XCTAssertEqual(try decode(WorkbookFile.encode(name: "empty", answers: [])).answers, [])
    }

    func testStandardJSONIsRead() throws {
        let json = """
            {
              "version" : 1 , "format":"toolkit-workbook",
              "answers": [ {"changed": 0, "item": "A \\u00e9 \\ud83d\\ude00", "page": "p", "answer": null, "note": "n"} ]
            }
            """
        let read = try decode(json)
        XCTAssertEqual(read.name, "default")
        XCTAssertEqual(read.answers, [ItemAnswer(pageID: PageID("p"), itemKey: "a é 😀", itemText: "A é 😀", choice: nil, note: "n", changedAt: 0)])
    }

    func testMalformedJSONIsRefusedWithItsLine() {
        for (json, reason) in [("", "line 1: not JSON: the file ends where a value should be"),
                               ("{\n\"format\": \"toolkit-workbook\",\n\"version\": 1,\n\"answers\": [,]}", "line 4: not JSON: unexpected character where a value should be"),
                               ("{\"a\" 1}", "line 1: not JSON: expected ':' after a field name"),
                               ("{\"a\": \"\\x\"}", "line 1: not JSON: unknown escape in a string"),
                               ("{\"a\": \"\\udc00\"}", "line 1: not JSON: a string holds a lone surrogate"),
                               ("{\"a\": \"open", "line 1: not JSON: a string is never closed"),
                               ("{\"a\": tru}", "line 1: not JSON: unexpected word where a value should be"),
                               ("{\"format\": \"toolkit-workbook\", \"format\": \"toolkit-workbook\", \"version\": 1, \"answers\": []}", "field \"format\" is given twice"),
                               ("{\"format\": \"toolkit-workbook\", \"version\": 1.5, \"answers\": []}", "\"version\" must be a whole number"),
                               ("{\"format\": \"toolkit-workbook\", \"version\": 1, \"answers\": [{\"page\": \"p\", \"item\": \"?!\", \"changed\": 1, \"answer\": \"yes\"}]}", "answer 1: \"item\" has no words"),
                               ("{\"format\": \"toolkit-workbook\", \"version\": 1, \"answers\": [{\"page\": \"p\", \"item\": \"A\", \"changed\": -1, \"answer\": \"yes\"}]}", "answer 1: \"changed\" must be a whole number of seconds since 1970"),
                               ("{\"format\": \"toolkit-workbook\", \"version\": 1, \"answers\": [{\"page\": \"p\", \"item\": \"A\", \"changed\": 1}]}", "answer 1: it has neither an answer nor a note")] {
            XCTAssertThrowsError(try decode(json), json) { error in
                XCTAssertEqual("\(error)", "w.json: \(reason); nothing was imported", json)
            }
        }
    }
}

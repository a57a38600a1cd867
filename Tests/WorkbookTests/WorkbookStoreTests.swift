import Catalog
import Foundation
import Glibc
import TestSupport
import Workbook
import XCTest

/// The store keeps answers and notes per workbook, one transaction per change, in a file made
/// 600 in a folder made 700, WAL journal, at the latest schema version.
final class WorkbookStoreTests: XCTestCase {
    private var scratch: ScratchFolder!
    override func setUp() { scratch = ScratchFolder() }
    override func tearDown() { scratch = nil }

    private func answer(_ text: String, _ choice: AnswerChoice?, note: String = "", at time: Int64 = 1_800_000_000, page: String = "tools/partnership-checklist") -> ItemAnswer {
        ItemAnswer(pageID: PageID(page), itemKey: text.lowercased(), itemText: text, choice: choice, note: note, changedAt: time)
    }

    func testTheFileAndFolderAreMadePrivateWithAWriteAheadLog() throws {
        let path = scratch.file("data/toolkit/workbooks.sqlite3")
        let store = try WorkbookStore(path: path)
        try store.save(answer("Do we share data?", .yes), in: "default")
        var status = stat()
        XCTAssertEqual(stat(scratch.file("data/toolkit"), &status), 0)
        XCTAssertEqual(status.st_mode & 0o777, 0o700)
        XCTAssertEqual(stat(path, &status), 0)
        XCTAssertEqual(status.st_mode & 0o777, 0o600)
        XCTAssertEqual(stat(path + "-wal", &status), 0, "WAL journal")
        XCTAssertEqual(status.st_mode & 0o777, 0o600)
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
    }

    func testTheLocationFollowsXDGDataHomeElseHome() {
        XCTAssertEqual(WorkbookLocation.file(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/a"]), "/x/data/toolkit/workbooks.sqlite3")
        XCTAssertEqual(WorkbookLocation.file(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/a"]), "/home/a/.local/share/toolkit/workbooks.sqlite3")
        XCTAssertEqual(WorkbookLocation.file(environment: ["HOME": "/home/a"]), "/home/a/.local/share/toolkit/workbooks.sqlite3")
        XCTAssertNil(WorkbookLocation.file(environment: [:]))
    }

    func testAnswersAreKeptPerWorkbookAndSurviveReopening() throws {
        let path = scratch.file("workbooks.sqlite3")
        do {
            let store = try WorkbookStore(path: path)
            try store.save(answer("Do we share data?", .yes, note: "since May"), in: "default")
            try store.save(answer("Do we pool budgets?", .partly), in: "default")
            try store.save(answer("Do we share data?", .no), in: "Oldham")
        }
        let store = try WorkbookStore(path: path)
        XCTAssertEqual(try store.answers(in: "default"), [answer("Do we pool budgets?", .partly), answer("Do we share data?", .yes, note: "since May")])
        XCTAssertEqual(try store.answers(in: "Oldham"), [answer("Do we share data?", .no)])
        XCTAssertEqual(try store.workbooks(), [
            WorkbookSummary(name: "Oldham", answered: 1, notes: 0, lastChange: 1_800_000_000),
            WorkbookSummary(name: "default", answered: 2, notes: 1, lastChange: 1_800_000_000),
        ])
        XCTAssertEqual(try store.answers(in: "missing"), [])
    }

    func testClearingKeepsTheNoteAndClearingBothForgetsTheItem() throws {
        let store = try WorkbookStore(path: scratch.file("w.sqlite3"))
        try store.save(answer("Item", .yes, note: "why"), in: "default")
        try store.save(answer("Item", nil, note: "why"), in: "default")
        XCTAssertEqual(try store.answers(in: "default"), [answer("Item", nil, note: "why")])
        XCTAssertEqual(try store.workbooks().first?.answered, 0)
        try store.save(answer("Item", nil), in: "default")
        XCTAssertEqual(try store.answers(in: "default"), [])
        XCTAssertEqual(try store.workbooks().map(\.name), ["default"], "the workbook itself stays")
    }

    func testUpdateReadsAndWritesInOneStepKeepingTheNote() throws {
        let store = try WorkbookStore(path: scratch.file("w.sqlite3"))
        try store.save(answer("Item", .yes, note: "kept"), in: "default")
        let kept = try store.update(pageID: PageID("tools/partnership-checklist"), itemKey: "item", in: "default") { old in
            var new = old ?? self.answer("Item", nil)
            new.choice = .no
            return new
        }
        XCTAssertEqual(kept, answer("Item", .no, note: "kept"))
        XCTAssertEqual(try store.answers(in: "default"), [kept])
    }

    func testRenameDeleteAndImportRefuseWhatWouldLoseAnswers() throws {
        let store = try WorkbookStore(path: scratch.file("w.sqlite3"))
        try store.save(answer("A", .yes), in: "one")
        try store.save(answer("B", .no), in: "two")
        XCTAssertThrowsError(try store.rename("one", to: "two")) { XCTAssertEqual($0 as? WorkbookStoreError, .workbookExists("two")) }
        XCTAssertThrowsError(try store.rename("none", to: "three")) { XCTAssertEqual($0 as? WorkbookStoreError, .noSuchWorkbook("none")) }
        XCTAssertThrowsError(try store.importAnswers([answer("C", .partly)], as: "two", replacing: false)) {
            XCTAssertEqual($0 as? WorkbookStoreError, .workbookExists("two"))
        }
        XCTAssertEqual(try store.answers(in: "two"), [answer("B", .no)], "a refused import changes nothing")
        try store.importAnswers([answer("C", .partly)], as: "two", replacing: true)
        XCTAssertEqual(try store.answers(in: "two"), [answer("C", .partly)])
        try store.rename("one", to: "uno")
        XCTAssertEqual(try store.answers(in: "uno"), [answer("A", .yes)])
        try store.delete("uno")
        XCTAssertEqual(try store.workbooks().map(\.name), ["two"])
        XCTAssertThrowsError(try store.delete("uno")) { XCTAssertEqual($0 as? WorkbookStoreError, .noSuchWorkbook("uno")) }
    }

    func testNamesThatCannotBeTypedOrShownAreRefused() throws {
        let store = try WorkbookStore(path: scratch.file("w.sqlite3"))
        for name in ["", "-x", " padded", "esc\u{1B}[2J", "bidi\u{202E}", String(repeating: "n", count: 65)] {
            XCTAssertThrowsError(try store.save(answer("A", .yes), in: name), name) { error in
                guard case .invalidName(let shown, _)? = error as? WorkbookStoreError else { return XCTFail("\(error)") }
                XCTAssertFalse(shown.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{202E}" }, "the message shows no control character")
            }
        }
        XCTAssertEqual(try store.workbooks(), [])
    }
}

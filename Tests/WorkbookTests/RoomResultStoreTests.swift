import CSQLite
import Catalog
import TestSupport
import Workbook
import XCTest

/// What the room said is kept per workbook, a question and its counts in one transaction, oldest
/// first; a file made before the room's tables existed gains them and keeps its answers.
final class RoomResultStoreTests: XCTestCase {
    private var scratch: ScratchFolder!
    override func setUp() { scratch = ScratchFolder() }
    override func tearDown() { scratch = nil }

    private func result(_ text: String, _ counts: [Int], heads: Int, at time: Int64) -> RoomResult {
        RoomResult(pageID: PageID("principles/integration"), text: text, choices: ["agree", "not sure", "disagree"],
                   counts: counts, headCount: heads, closedAt: time)
    }

    func testResultsAreKeptPerWorkbookInTheOrderTheyClosedAndSurviveReopening() throws {
        let path = scratch.file("w.sqlite3")
        let later = result("Who commissions each of those services?", [7, 7, 6], heads: 20, at: 1_800_000_100)
        let earlier = result("Do we share the risk?", [0, 3, 1], heads: 5, at: 1_800_000_000)
        do {
            let store = try WorkbookStore(path: path)
            try store.keep(later, in: "north")
            try store.keep(earlier, in: "north")
            try store.keep(result("Elsewhere", [1, 0, 0], heads: 1, at: 1), in: "south")
        }
        let store = try WorkbookStore(path: path)
        XCTAssertEqual(try store.roomResults(in: "north"), [earlier, later])
        XCTAssertEqual(try store.roomResults(in: "south").map(\.text), ["Elsewhere"])
        XCTAssertEqual(try store.roomResults(in: "nobody"), [])
        try store.delete("north")
        XCTAssertEqual(try store.roomResults(in: "north"), [], "a deleted workbook takes what the room said with it")
    }

    func testAFileFromBeforeTheRoomsTablesGainsThemAndKeepsItsAnswers() throws {
        let path = scratch.file("old.sqlite3")
        var connection: OpaquePointer?
        XCTAssertEqual(sqlite3_open(path, &connection), SQLITE_OK)
        let version1 = """
            CREATE TABLE workbook (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL);
            CREATE TABLE answer (workbook_id INTEGER NOT NULL REFERENCES workbook(id) ON DELETE CASCADE, page_id TEXT NOT NULL,
                item_key TEXT NOT NULL, item_text TEXT NOT NULL, choice TEXT CHECK (choice IN ('yes', 'partly', 'no', 'na')),
                note TEXT NOT NULL DEFAULT '', changed_at INTEGER NOT NULL, PRIMARY KEY (workbook_id, page_id, item_key)) WITHOUT ROWID;
            INSERT INTO workbook VALUES (1, 'north', 1);
            INSERT INTO answer VALUES (1, 'tools/checklist', 'do we share the risk?', 'Do we share the risk?', 'yes', '', 2);
            PRAGMA user_version = 1;
            """
        XCTAssertEqual(sqlite3_exec(connection, version1, nil, nil, nil), SQLITE_OK)
        sqlite3_close(connection)

        let store = try WorkbookStore(path: path)
        XCTAssertEqual(try store.answers(in: "north").map(\.choice), [.yes])
        try store.keep(result("Do we share the risk?", [2, 0, 0], heads: 3, at: 5), in: "north")
        XCTAssertEqual(try store.roomResults(in: "north").map(\.counts), [[2, 0, 0]])
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
    }
}

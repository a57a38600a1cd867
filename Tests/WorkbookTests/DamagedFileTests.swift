import CSQLite
import Catalog
import Foundation
import Glibc
import TestSupport
import Workbook
import XCTest

/// A file the store cannot read is refused with a message naming it and left byte for byte;
/// a folder it cannot write or a full disk is an error with the reason, never a crash.
final class DamagedFileTests: XCTestCase {
    private var scratch: ScratchFolder!
    override func setUp() { scratch = ScratchFolder() }
    override func tearDown() { scratch = nil }

    private let item = ItemAnswer(pageID: PageID("tools/partnership-checklist"), itemKey: "do we share data?",
                                  itemText: "Do we share data?", choice: .yes, note: "", changedAt: 1_800_000_000)

    /// A store with some answers, closed and checkpointed so the file stands alone.
    private func filledDatabase(_ name: String = "w.sqlite3") throws -> String {
        let path = scratch.file(name)
        do {
            let store = try WorkbookStore(path: path)
            for number in 0..<200 {
                var answer = item
                answer.itemKey = "item \(number)"
                answer.note = String(repeating: "note ", count: 40)
                try store.save(answer, in: "default")
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"), "closing checkpoints the log")
        return path
    }

    private func assertRefused(_ path: String, saying words: String, exitCode: Int32 = 65, file: StaticString = #filePath, line: UInt = #line) {
        let before = ScratchFolder.bytes(path)
        XCTAssertThrowsError(try WorkbookStore(path: path), file: file, line: line) { error in
            let message = "\(error)"
            XCTAssertTrue(message.hasPrefix(path + ": "), "names the file: \(message)", file: file, line: line)
            XCTAssertTrue(message.contains(words), message, file: file, line: line)
            XCTAssertEqual((error as? WorkbookStoreError)?.exitCode, exitCode, file: file, line: line)
        }
        XCTAssertEqual(ScratchFolder.bytes(path), before, "the file is left byte for byte", file: file, line: line)
    }

    func testAFileThatIsNotADatabaseIsRefused() throws {
        let path = scratch.file("w.sqlite3")
        try Data("these are my notes, not a database\n".utf8 + Data(repeating: 7, count: 5000)).write(to: URL(fileURLWithPath: path))
        assertRefused(path, saying: "not an SQLite database")
    }

    func testATruncatedDatabaseIsRefused() throws {
        let path = try filledDatabase()
        let size = try XCTUnwrap(ScratchFolder.bytes(path)).count
        XCTAssertEqual(truncate(path, off_t(size / 2)), 0)
        assertRefused(path, saying: "truncated")
        XCTAssertEqual(truncate(path, 60), 0)
        assertRefused(path, saying: "shorter than an SQLite header")
    }

    func testADatabaseWithAGarbledPageIsRefused() throws {
        let path = try filledDatabase()
        var bytes = try XCTUnwrap(ScratchFolder.bytes(path))
        let pageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        for offset in (pageSize * 2)..<(pageSize * 3) { bytes[offset] = UInt8(truncatingIfNeeded: offset &* 31) }
        try bytes.write(to: URL(fileURLWithPath: path))
        assertRefused(path, saying: "corrupt")
    }

    func testADatabaseFromANewerSchemaIsRefused() throws {
        let path = try filledDatabase()
        var connection: OpaquePointer?
        XCTAssertEqual(sqlite3_open(path, &connection), SQLITE_OK)
        XCTAssertEqual(sqlite3_exec(connection, "PRAGMA user_version = 99", nil, nil, nil), SQLITE_OK)
        sqlite3_close(connection)
        assertRefused(path, saying: "written by a newer toolkit (schema 99; this one knows up to 2)")
    }

    func testAReadOnlyFolderIsAnErrorWithTheReason() throws {
        let mount = try scratch.mountTmpfs("readonly", kilobytes: 256)
        try scratch.remountReadOnly(mount)
        XCTAssertThrowsError(try WorkbookStore(path: mount + "/toolkit/workbooks.sqlite3")) { error in
            XCTAssertEqual("\(error)", "cannot create \(mount)/toolkit: Read-only file system")
            XCTAssertEqual((error as? WorkbookStoreError)?.reason, "Read-only file system")
            XCTAssertEqual((error as? WorkbookStoreError)?.exitCode, 73)
        }
    }

    func testAFolderThatBecomesReadOnlyRefusesTheAnswerWithTheReason() throws {
        let mount = try scratch.mountTmpfs("becomes-readonly", kilobytes: 256)
        let path = mount + "/workbooks.sqlite3"
        try WorkbookStore(path: path).save(item, in: "default")
        try scratch.remountReadOnly(mount)
        XCTAssertThrowsError(try WorkbookStore(path: path).save(item, in: "default")) { error in
            XCTAssertTrue("\(error)".hasPrefix(path + ": "), "\(error)")
            XCTAssertTrue("\(error)".localizedCaseInsensitiveContains("read-only") || "\(error)".contains("readonly"), "\(error)")
        }
    }

    func testAFullDiskRefusesTheAnswerWithTheReasonAndKeepsTheEarlierOnes() throws {
        let mount = try scratch.mountTmpfs("full", kilobytes: 192)
        let path = mount + "/workbooks.sqlite3"
        let store = try WorkbookStore(path: path)
        try store.save(item, in: "default")
        scratch.fill(mount)
        var failure: Error?
        for number in 0..<500 where failure == nil {
            var answer = item
            answer.itemKey = "item \(number)"
            answer.note = String(repeating: "a long note that fills pages ", count: 30)
            do { try store.save(answer, in: "default") } catch { failure = error }
        }
        let error = try XCTUnwrap(failure as? WorkbookStoreError, "a full disk must fail a save")
        XCTAssertTrue("\(error)".contains("database or disk is full"), "\(error)")
        XCTAssertEqual(error.exitCode, 74)
        XCTAssertEqual(error.reason, "the disk is full")
        try FileManager.default.removeItem(atPath: mount + "/filler")
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
        XCTAssertEqual(try store.answer(pageID: item.pageID, itemKey: item.itemKey, in: "default"), item)
    }
}

import Catalog
import Foundation
import TestSupport
import Workbook
import XCTest

/// Two connections to one file, as two terminals are: answers to different items are both kept;
/// for the same item the later change wins, and each sees the other's on its next read.
final class TwoWriterTests: XCTestCase {
    private var scratch: ScratchFolder!
    override func setUp() { scratch = ScratchFolder() }
    override func tearDown() { scratch = nil }

    private static func answer(_ key: String, _ choice: AnswerChoice, at time: Int64) -> ItemAnswer {
        ItemAnswer(pageID: PageID("p"), itemKey: key, itemText: key, choice: choice, note: "", changedAt: time)
    }

    func testInterleavedWritersKeepBothAndTheLaterWins() throws {
        let path = scratch.file("w.sqlite3")
        let first = try WorkbookStore(path: path)
        let second = try WorkbookStore(path: path)
        for number in 0..<50 {
            try first.save(Self.answer("first \(number)", .yes, at: Int64(number)), in: "default")
            try second.save(Self.answer("second \(number)", .no, at: Int64(number)), in: "default")
        }
        try first.save(Self.answer("shared", .yes, at: 100), in: "default")
        XCTAssertEqual(try second.answer(pageID: PageID("p"), itemKey: "shared", in: "default")?.choice, .yes, "no stale read")
        try second.save(Self.answer("shared", .no, at: 101), in: "default")
        XCTAssertEqual(try first.answers(in: "default").count, 101)
        XCTAssertEqual(try first.answer(pageID: PageID("p"), itemKey: "shared", in: "default")?.choice, .no)
    }

    func testWritersOnTwoThreadsWaitForEachOtherRatherThanFail() throws {
        let path = scratch.file("w.sqlite3")
        _ = try WorkbookStore(path: path)
        let failures = LockedList()
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            do {
                let store = try WorkbookStore(path: path)
                for number in 0..<100 { try store.save(TwoWriterTests.answer("\(writer)-\(number)", .partly, at: 1), in: "default") }
            } catch {
                failures.append("\(error)")
            }
        }
        XCTAssertEqual(failures.items, [])
        XCTAssertEqual(try WorkbookStore(path: path).answers(in: "default").count, 200)
    }
}

/// Errors gathered from several threads.
private final class LockedList: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func append(_ item: String) { lock.withLock { list.append(item) } }
    var items: [String] { lock.withLock { list } }
}

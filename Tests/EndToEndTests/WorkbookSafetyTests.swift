import CSQLite
import Foundation
import Glibc
import TestSupport
import XCTest

/// Issue 23's "nothing lost, nothing leaked", end to end: kill -9 in a burst of answers, two
/// writing processes, damaged files, a read-only folder and a full disk, hostile notes and
/// hostile JSON; each a non-zero exit with the reason, never a crash, never a rewritten file.
final class WorkbookSafetyTests: XCTestCase {
    private var scratch: ScratchFolder!
    override func setUp() { scratch = ScratchFolder() }
    override func tearDown() { scratch = nil }

    private var database: String { scratch.file("toolkit/workbooks.sqlite3") }

    private func run(_ arguments: [String], dataHome: String? = nil) throws -> ProcessResult {
        try Run.process(try ToolkitBinary.path(), arguments,
                        environment: Run.cleanEnvironment(["XDG_DATA_HOME": dataHome ?? scratch.path, "TERM": "xterm-256color"]))
    }

    private func answer(_ item: String, _ choice: String, _ extra: [String] = [], dataHome: String? = nil) throws -> ProcessResult {
        try run(["workbook", "answer", WorkbookCommandTests.checklist, item, choice] + extra, dataHome: dataHome)
    }

    /// Answers and their integrity, read with SQLite directly (not through the code under test).
    private func storedAnswers(_ path: String, workbook: String) -> (keys: Set<String>, integrity: String) {
        var connection: OpaquePointer?
        XCTAssertEqual(sqlite3_open_v2(path, &connection, SQLITE_OPEN_READWRITE, nil), SQLITE_OK)
        defer { sqlite3_close(connection) }
        func rows(_ sql: String) -> [String] {
            var statement: OpaquePointer?
            XCTAssertEqual(sqlite3_prepare_v2(connection, sql, -1, &statement, nil), SQLITE_OK, sql)
            defer { sqlite3_finalize(statement) }
            var texts: [String] = []
            while sqlite3_step(statement) == SQLITE_ROW { texts.append(String(cString: sqlite3_column_text(statement, 0))) }
            return texts
        }
        let keys = rows("SELECT a.item_key FROM answer a JOIN workbook w ON w.id = a.workbook_id WHERE w.name = '\(workbook)'")
        return (Set(keys), rows("PRAGMA integrity_check").joined(separator: "; "))
    }

    // MARK: kill -9 and two writers

    func testKillNineInABurstOfAnswersLosesNoAnswerReportedSaved() throws {
        let bench = URL(fileURLWithPath: try ToolkitBinary.path()).deletingLastPathComponent().appendingPathComponent("toolkit-bench").path
        guard FileManager.default.isExecutableFile(atPath: bench) else {
            XCTFail("toolkit-bench, the writer this test kills, is not built beside toolkit at \(bench)")
            return
        }
        for round in 0..<3 {
            let output = scratch.file("burst-\(round).out")
            FileManager.default.createFile(atPath: output, contents: nil)
            let writer = Process()
            writer.executableURL = URL(fileURLWithPath: bench)
            writer.arguments = ["answer-burst", database, "100000"]
            writer.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
            try writer.run()
            // Kill it at a different point each round, once it has committed a few hundred.
            let wanted = 200 + round * 150
            let deadline = Date().addingTimeInterval(30)
            while (try? String(contentsOfFile: output, encoding: .utf8))?.split(separator: "\n").count ?? 0 < wanted, Date() < deadline {
                usleep(2000)
            }
            kill(writer.processIdentifier, SIGKILL)
            writer.waitUntilExit()
            XCTAssertEqual(writer.terminationReason, .uncaughtSignal)
            let reported = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
                .compactMap { $0.hasPrefix("saved ") ? Int($0.dropFirst(6)) : nil }
            XCTAssertGreaterThanOrEqual(reported.count, wanted)
            let stored = storedAnswers(database, workbook: "burst")
            XCTAssertEqual(stored.integrity, "ok")
            let missing = reported.filter { !stored.keys.contains("generated item \($0)") }
            XCTAssertEqual(missing, [], "answers reported saved but not in the database after kill -9")
        }
        XCTAssertEqual(try run(["workbook", "list"]).status, 0, "the store opens after the kills")
    }

    func testTwoProcessesAnsweringAtOnceKeepBothAndTheLaterWins() throws {
        XCTAssertEqual(try answer("1", "yes").status, 0)
        let binary = try ToolkitBinary.path()
        func writer(_ items: ClosedRange<Int>, _ choice: String) throws -> Process {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            let commands = items.map { "'\(binary)' workbook answer \(WorkbookCommandTests.checklist) \($0) \(choice) >/dev/null || exit 1" }
            process.arguments = ["-c", commands.joined(separator: "\n")]
            process.environment = Run.cleanEnvironment(["XDG_DATA_HOME": scratch.path])
            try process.run()
            return process
        }
        let first = try writer(1...14, "yes"), second = try writer(15...28, "no")
        first.waitUntilExit()
        second.waitUntilExit()
        XCTAssertEqual([first.terminationStatus, second.terminationStatus], [0, 0])
        let both = try run(["workbook", "show"]).stdoutText
        XCTAssertTrue(both.hasPrefix("Workbook \"default\": 28 of 28 items answered"), both)

        let same = try [writer(5...5, "partly")]
        same.forEach { $0.waitUntilExit() }
        XCTAssertEqual(try answer("5", "na").status, 0)
        XCTAssertTrue(try run(["workbook", "show"]).stdoutText.contains("   5. [–] "), "the later answer wins")
    }

    // MARK: damaged files

    private func assertRefused(_ path: String, saying words: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let before = try XCTUnwrap(ScratchFolder.bytes(path), file: file, line: line)
        for arguments in [["workbook", "list"], ["workbook", "show"], ["workbook", "answer", WorkbookCommandTests.checklist, "1", "yes"]] {
            let result = try run(arguments)
            XCTAssertEqual(result.status, 65, "\(arguments): \(result.stderr)", file: file, line: line)
            XCTAssertTrue(result.stderr.hasPrefix("toolkit: " + (arguments.count > 3 ? "" : path)), "names the file: \(result.stderr)", file: file, line: line)
            XCTAssertTrue(result.stderr.contains(path) && result.stderr.contains(words), result.stderr, file: file, line: line)
            XCTAssertEqual(ScratchFolder.bytes(path), before, "the file is left byte for byte", file: file, line: line)
        }
    }

    private func filledDatabase() throws {
        for item in 1...28 { XCTAssertEqual(try answer(String(item), "partly", ["--note", String(repeating: "n", count: 300)]).status, 0) }
    }

    func testACorruptDatabaseIsRefusedAndLeftAsItWas() throws {
        try filledDatabase()
        var bytes = try XCTUnwrap(ScratchFolder.bytes(database))
        for offset in 4096..<min(bytes.count, 8192) { bytes[offset] ^= 0x5A }
        try bytes.write(to: URL(fileURLWithPath: database))
        try assertRefused(database, saying: "corrupt")
        try Data(repeating: 0x41, count: 3000).write(to: URL(fileURLWithPath: database))
        try assertRefused(database, saying: "not an SQLite database")
    }

    func testATruncatedDatabaseIsRefusedAndLeftAsItWas() throws {
        try filledDatabase()
        let size = try XCTUnwrap(ScratchFolder.bytes(database)).count
        XCTAssertEqual(truncate(database, off_t(size - 4096)), 0)
        try assertRefused(database, saying: "truncated")
    }

    func testADatabaseFromANewerSchemaIsRefusedAndLeftAsItWas() throws {
        try filledDatabase()
        var connection: OpaquePointer?
        XCTAssertEqual(sqlite3_open(database, &connection), SQLITE_OK)
        XCTAssertEqual(sqlite3_exec(connection, "PRAGMA user_version = 7", nil, nil, nil), SQLITE_OK)
        sqlite3_close(connection)
        try assertRefused(database, saying: "written by a newer toolkit (schema 7; this one knows up to 2)")
    }

    // MARK: read-only folder and full disk

    func testAReadOnlyFolderFailsTheAnswerWithTheReason() throws {
        let mount = try scratch.mountTmpfs("readonly", kilobytes: 256)
        try scratch.remountReadOnly(mount)
        let result = try answer("1", "yes", dataHome: mount)
        XCTAssertEqual(result.status, 73, result.stderr)
        XCTAssertEqual(result.stderr, "toolkit: not saved: [y] Do we plan the service and its infrastructure over more than one contract cycle?: "
                       + "cannot create \(mount)/toolkit: Read-only file system\n")
    }

    func testAFullDiskFailsTheAnswerWithTheReasonAndKeepsTheOthers() throws {
        let mount = try scratch.mountTmpfs("full", kilobytes: 256)
        XCTAssertEqual(try answer("1", "yes", dataHome: mount).status, 0)
        scratch.fill(mount)
        var failure: ProcessResult?
        for item in 2...28 {
            let result = try answer(String(item), "no", ["--note", String(repeating: "a note that needs room ", count: 150)], dataHome: mount)
            if result.status != 0 { failure = result; break }
        }
        let failed = try XCTUnwrap(failure, "a full disk must fail an answer")
        XCTAssertFalse(failed.uncaughtSignal)
        XCTAssertEqual(failed.status, 74, failed.stderr)
        XCTAssertTrue(failed.stderr.hasPrefix("toolkit: not saved: [n] "), failed.stderr)
        XCTAssertTrue(failed.stderr.contains("database or disk is full") || failed.stderr.contains("(No space left on device)"), failed.stderr)
        try FileManager.default.removeItem(atPath: mount + "/filler")
        let shown = try run(["workbook", "show"], dataHome: mount)
        XCTAssertEqual(shown.status, 0, shown.stderr)
        XCTAssertTrue(shown.stdoutText.contains("   1. [✓] "), "the answers before it are kept")
        XCTAssertEqual(storedAnswers(mount + "/toolkit/workbooks.sqlite3", workbook: "default").integrity, "ok")
    }

    // MARK: hostile notes and JSON

    func testANoteWithEscapesControlsAndHTMLIsHarmlessInEveryOutput() throws {
        let note = "\u{1B}]0;owned\u{7}\u{1B}[2J<script>alert(1)</script> *bold* [link](javascript:x) \u{202E}evil\u{8}\r"
        XCTAssertEqual(try answer("1", "yes", ["--note", note]).status, 0)
        let text = try run(["workbook", "show"])
        XCTAssertFalse(text.stdout.contains(0x1B) || text.stdout.contains(0x07) || text.stdout.contains(0x08) || text.stdout.contains(0x0D), text.stdoutText)
        XCTAssertTrue(text.stdoutText.contains("Note: ^[]0;owned^G^[[2J<script>alert(1)</script> *bold* [link](javascript:x) <U+202E>evil^H^M\n"), text.stdoutText)
        let markdown = try run(["workbook", "show", "--format", "markdown"]).stdoutText
        XCTAssertTrue(markdown.contains(#"Note: \^\[\]0\;owned\^G\^\[\[2J\<script\>alert\(1\)\<\/script\> \*bold\* \[link\]\(javascript\:x\) \<U\+202E\>evil\^H\^M"# + "\n"), markdown)
        let html = try run(["workbook", "show", "--format", "html"]).stdoutText
        XCTAssertFalse(html.contains("<script>"), "no markup from a note")
        XCTAssertTrue(html.contains("Note: ^[]0;owned^G^[[2J&lt;script&gt;alert(1)&lt;/script&gt; *bold* [link](javascript:x) &lt;U+202E&gt;evil^H^M</p>"), html)
        let json = try run(["workbook", "show", "--format", "json"]).stdoutText
        XCTAssertTrue(json.contains(#""note": "\u001b]0;owned\u0007\u001b[2J<script>alert(1)</script> *bold* [link](javascript:x) "#), "JSON keeps the note exactly, escaped: \(json)")
    }

    func testHostileJSONIsRefusedOrKeptAsNoLongerInTheToolkitNeverACrash() throws {
        let item = #""page": "tools/partnership-checklist", "item": "Do we share design work in a joint team?", "answer": "yes", "note": "", "changed": 1"#
        func file(_ answers: String, head: String = #""format": "toolkit-workbook", "version": 1"#) -> String {
            "{\(head), \"answers\": [\(answers)]}"
        }
        let refused: [(String, String)] = [
            ("[]", "must be an object, not a list"),
            ("{\"format\": 3, \"version\": 1, \"answers\": []}", "not a toolkit workbook"),
            (file("", head: #""format": "toolkit-workbook", "version": 2"#), "written by a newer toolkit (file version 2"),
            (file("{" + item.replacingOccurrences(of: #""answer": "yes""#, with: #""answer": true"#) + "}"), "answer 1: \"answer\" must be yes, partly, no, na or null, not true or false"),
            (file("{" + item.replacingOccurrences(of: #""changed": 1"#, with: #""changed": "yesterday""#) + "}"), "answer 1: \"changed\" must be a whole number"),
            (file("{" + item.replacingOccurrences(of: #""note": """#, with: "\"note\": \"" + String(repeating: "x", count: 5000) + "\"") + "}"), "answer 1: \"note\" is longer than 4000 characters"),
            (file("{\(item)}, {\(item.replacingOccurrences(of: "Do we share", with: "do we SHARE"))}"), "answers 1 and 2 are for the same item"),
            (file("{\(item), \"admin\": true}"), "answer 1: unknown field \"admin\""),
            (file("{\(item)}") + "garbage", "not JSON: unexpected text after the end"),
            (String(repeating: "[", count: 100_000), "not JSON: nested more than 16 deep"),
            ("{\"answers\": \"\\ud800\"}", "not JSON: a string holds a lone surrogate"),
            ("{\"answers\": []}", "field \"format\" is missing"),
        ]
        for (number, (json, words)) in refused.enumerated() {
            let path = scratch.file("hostile-\(number).json")
            try Data(json.utf8).write(to: URL(fileURLWithPath: path))
            let result = try run(["workbook", "import", path, "--as", "hostile"])
            XCTAssertFalse(result.uncaughtSignal, json.prefix(80) + "")
            XCTAssertEqual(result.status, 65, "\(json.prefix(80)): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(path + ": ") && result.stderr.contains(words) && result.stderr.contains("nothing was imported"), "\(words) in \(result.stderr)")
        }
        let invalidUTF8 = scratch.file("invalid.json")
        try Data(file("{" + item + "}").utf8.map { $0 == UInt8(ascii: "?") ? 0xFF : $0 }).write(to: URL(fileURLWithPath: invalidUTF8))
        XCTAssertTrue(try run(["workbook", "import", invalidUTF8]).stderr.contains("a string is not valid UTF-8"))
        let huge = scratch.file("huge.json")
        try Data(("{\"answers\": [\"" + String(repeating: "x", count: 33 << 20) + "\"]}").utf8).write(to: URL(fileURLWithPath: huge))
        XCTAssertTrue(try run(["workbook", "import", huge]).stderr.contains("larger than 32 MB"))
        XCTAssertTrue(try run(["workbook", "list"]).stdoutText.hasPrefix("No workbooks yet"), "nothing refused was imported")

        let unknownPage = scratch.file("unknown.json")
        try Data(file("{\(item.replacingOccurrences(of: "tools/partnership-checklist", with: "pages/gone\\u001b[2J"))}").utf8).write(to: URL(fileURLWithPath: unknownPage))
        let imported = try run(["workbook", "import", unknownPage, "--as", "kept"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdoutText.contains("Imported 1 answer into workbook \"kept\" (1 to items no longer in the toolkit)"), imported.stdoutText)
        let shown = try run(["workbook", "show", "kept"]).stdoutText
        XCTAssertTrue(shown.contains("Answers to items no longer in the toolkit\n\n  pages/gone^[[2J\n    [✓] Do we share design work in a joint team?"), shown)
    }
}

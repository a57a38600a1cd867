import Foundation
import TestSupport
import XCTest

/// `toolkit workbook …` end to end on the built-in checklist: answers kept between runs, every
/// output listing answers whose item is gone, import refusing to overwrite, delete asking first.
final class WorkbookCommandTests: XCTestCase {
    private var scratch: ScratchFolder!
    override func setUp() { scratch = ScratchFolder() }
    override func tearDown() { scratch = nil }

    static let checklist = "tools/partnership-checklist"

    private func run(_ arguments: [String], input: String? = nil) throws -> ProcessResult {
        try Run.process(try ToolkitBinary.path(), arguments,
                        environment: Run.cleanEnvironment(["XDG_DATA_HOME": scratch.path, "TERM": "xterm-256color"]), input: input)
    }

    @discardableResult
    private func succeed(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try run(arguments)
        XCTAssertEqual(result.status, 0, "toolkit \(arguments.joined(separator: " ")): \(result.stderr)", file: file, line: line)
        return result.stdoutText
    }

    func testAnswersAreKeptBetweenRunsAndShownInEveryFormat() throws {
        XCTAssertEqual(try succeed(["workbook", "list"]), "No workbooks yet; answering an item starts one: toolkit workbook answer PAGE-ID ITEM yes\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.file("toolkit")), "listing makes no database")
        try succeed(["workbook", "answer", Self.checklist, "1", "yes", "--note", "since the 2024 contract"])
        try succeed(["workbook", "answer", Self.checklist, "  do we know what the service should look like in TEN years, not only in three  ", "partly"])
        try succeed(["workbook", "answer", Self.checklist, "3", "na", "--workbook", "Oldham"])
        try succeed(["workbook", "answer", Self.checklist, "1", "no"])

        let list = try succeed(["workbook", "list"])
        XCTAssertTrue(list.hasPrefix("Oldham   1 of 28 items answered, last change 20"), list)
        XCTAssertTrue(list.contains("\ndefault  2 of 28 items answered, 1 note, last change 20"), list)

        let text = try succeed(["workbook", "show"])
        XCTAssertTrue(text.hasPrefix("Workbook \"default\": 2 of 28 items answered\n"), text)
        XCTAssertTrue(text.contains("   1. [✗] Do we plan the service and its infrastructure over more than one contract cycle?\n          Note: since the 2024 contract\n"), "a later answer keeps the note:\n\(text)")
        XCTAssertTrue(text.contains("   2. [~] Do we know what the service"), text)
        XCTAssertTrue(text.contains("   3. [ ] Do we bring"), text)
        XCTAssertTrue(try succeed(["workbook", "show", "Oldham"]).contains("   3. [–] Do we bring"))

        let markdown = try succeed(["workbook", "show", "--format", "markdown"])
        XCTAssertTrue(markdown.contains("1. \\[✗\\] Do we plan the service and its infrastructure over more than one contract cycle\\? *(no)*\n   \n   Note: since the 2024 contract\n"), markdown)
        let html = try succeed(["workbook", "show", "--format", "html"])
        XCTAssertTrue(html.contains("<li value=\"1\"><span class=\"mark\">[✗]</span> Do we plan the service"), html)
        XCTAssertTrue(html.contains("<p class=\"note\">Note: since the 2024 contract</p>"))

        let handout = try succeed(["show", "--all", "--format", "html", "--workbook", "default"])
        XCTAssertTrue(handout.contains("<div class=\"workbook-answers\">\n<h3>Our answers</h3>"), "the handout carries the answers")
        XCTAssertTrue(handout.contains("<p class=\"note\">Note: since the 2024 contract</p>"))
        XCTAssertFalse(try succeed(["show", "--all", "--format", "html"]).contains("workbook-answers"), "and only when asked")
    }

    func testAnUnknownItemPageOrAnswerIsAUsageErrorAndSavesNothing() throws {
        for (arguments, words) in [(["workbook", "answer", Self.checklist, "29", "yes"], "has items 1 to 28, not 29"),
                                   (["workbook", "answer", Self.checklist, "Do we fly?", "yes"], "has no item \"Do we fly?\""),
                                   (["workbook", "answer", "about", "1", "yes"], "page 'about' has no checklist items"),
                                   (["workbook", "answer", "no-such-page", "1", "yes"], "no page 'no-such-page'"),
                                   (["workbook", "answer", Self.checklist, "1", "maybe"], "ANSWER must be yes, partly, no, na or clear"),
                                   (["workbook", "answer", Self.checklist, "1", "yes", "--workbook=-x"], "cannot name a workbook")] {
            let result = try run(arguments)
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(words), "\(arguments): \(result.stderr)")
        }
        XCTAssertEqual(try succeed(["workbook", "list"]).hasPrefix("No workbooks yet"), true)
        XCTAssertEqual(try run(["show", "--all", "--workbook", "x"]).status, 64, "--workbook needs --format html")
        XCTAssertEqual(try run(["workbook", "show", "nobody"]).status, 66)
    }

    func testAnswersToItemsNoLongerInTheToolkitAreListedInEveryOutput() throws {
        let content = try ContentCopy(in: scratch)
        try succeed(["workbook", "answer", Self.checklist, "1", "yes", "--note", "kept", "--content", content.path])
        try succeed(["workbook", "answer", Self.checklist, "2", "no", "--content", content.path])
        // The first item reworded and the two moved apart: the second keeps its answer, the first's is gone.
        try content.edit(Self.checklist) { text in
            text.replacingOccurrences(of: "- [ ] Do we plan the service and its infrastructure over more than one contract cycle?\n", with: "")
                .replacingOccurrences(of: "## Principle 2: Integration\n", with: "## Principle 2: Integration\n\n- [ ] Do we plan it all over two cycles?\n")
        }
        let text = try succeed(["workbook", "show", "--content", content.path])
        XCTAssertTrue(text.contains("   1. [✗] Do we know what the service should look like"), text)
        XCTAssertTrue(text.contains("\nAnswers to items no longer in the toolkit\n\n  tools/partnership-checklist\n    [✓] Do we plan the service and its infrastructure over more than one contract cycle? (20"), text)
        XCTAssertTrue(text.contains("          Note: kept\n"), text)
        for format in ["markdown", "html"] {
            let output = try succeed(["workbook", "show", "--format", format, "--content", content.path])
            XCTAssertTrue(output.contains("Answers to items no longer in the toolkit"), format)
            XCTAssertTrue(output.contains("Do we plan the service and its infrastructure over more than one contract cycle"), format)
        }
        let json = try succeed(["workbook", "show", "--format", "json", "--content", content.path])
        XCTAssertTrue(json.contains("\"item\": \"Do we plan the service and its infrastructure over more than one contract cycle?\", \"answer\": \"yes\", \"note\": \"kept\""), json)
        let handout = try succeed(["show", "--all", "--format", "html", "--workbook", "default", "--content", content.path])
        XCTAssertTrue(handout.contains("<h2>Answers to items no longer in the toolkit</h2>"), "the handout lists them too")
    }

    func testExportImportMovesAWorkbookAndNeverOverwritesUnlessTold() throws {
        try succeed(["workbook", "answer", Self.checklist, "1", "yes", "--note", "line \"quoted\" \\ back"])
        try succeed(["workbook", "answer", Self.checklist, "5", "partly"])
        let exported = try succeed(["workbook", "show", "--format", "json"])
        let file = scratch.file("moved.json")
        try Data(exported.utf8).write(to: URL(fileURLWithPath: file))

        let refused = try run(["workbook", "import", file])
        XCTAssertEqual(refused.status, 73)
        XCTAssertTrue(refused.stderr.contains("a workbook named \"default\" already exists; add --replace"), refused.stderr)
        XCTAssertTrue(try succeed(["workbook", "import", file, "--as", "copy"]).contains("Imported 2 answers into workbook \"copy\""))
        XCTAssertEqual(try succeed(["workbook", "show", "copy", "--format", "json"]), exported.replacingOccurrences(of: "\"workbook\": \"default\"", with: "\"workbook\": \"copy\""))
        try succeed(["workbook", "answer", Self.checklist, "9", "no", "--workbook", "copy"])
        try succeed(["workbook", "import", file, "--as", "copy", "--replace"])
        XCTAssertFalse(try succeed(["workbook", "show", "copy"]).contains("   9. [✗]"), "replaced, not merged")

        try succeed(["workbook", "rename", "copy", "Plymouth"])
        XCTAssertEqual(try run(["workbook", "rename", "Plymouth", "default"]).status, 73)
        XCTAssertEqual(try run(["workbook", "rename", "copy", "other"]).status, 66)
        let asked = try run(["workbook", "delete", "Plymouth"])
        XCTAssertEqual(asked.status, 64)
        XCTAssertTrue(asked.stderr.contains("needs --yes when standard input is not a terminal"), asked.stderr)
        try succeed(["workbook", "delete", "Plymouth", "--yes"])
        XCTAssertFalse(try succeed(["workbook", "list"]).contains("Plymouth"))
    }

    func testDeleteAsksOnATerminal() throws {
        try succeed(["workbook", "answer", Self.checklist, "1", "yes", "--workbook", "asked"])
        let tmux = try TmuxSession(width: 100, height: 10)
        let command = "XDG_DATA_HOME='\(scratch.path)' '\(tmux.binary)' workbook delete asked; echo status=$?"
        tmux.type(command)
        tmux.send("Enter")
        _ = try tmux.waitFor("Delete workbook \"asked\" and its 1 answer? [y/N]")
        tmux.send("n", "Enter")
        _ = try tmux.waitFor("Kept workbook \"asked\"", "status=0")
        XCTAssertTrue(try succeed(["workbook", "list"]).contains("asked"))
        tmux.type("clear; " + command)
        tmux.send("Enter")
        _ = try tmux.waitFor("[y/N]")
        tmux.send("y", "Enter")
        _ = try tmux.waitFor("Deleted workbook \"asked\"")
        XCTAssertFalse(try succeed(["workbook", "list"]).contains("asked"))
    }
}

/// A copy of the built-in content in a scratch folder, to edit.
struct ContentCopy {
    let path: String

    init(in scratch: ScratchFolder) throws {
        path = scratch.file("content")
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Content").standardizedFileURL.path
        try FileManager.default.copyItem(atPath: source, toPath: path)
    }

    func edit(_ page: String, _ change: (String) -> String) throws {
        let file = path + "/" + page + ".md"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let changed = change(text)
        precondition(changed != text, "the edit changed nothing")
        try changed.write(toFile: file, atomically: true, encoding: .utf8)
    }
}

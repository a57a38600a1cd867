import Catalog
import Foundation
import TestSupport
import XCTest

/// The commands for servers and scripts: `show`, `show --all`, `tree`, `search` and `--plain`
/// driven through standard input, all as plain text with no escape byte.
final class PlainCommandsTests: XCTestCase {
    private func run(_ arguments: [String], input: String? = nil, columns: String = "80") throws -> ProcessResult {
        try Run.process(try ToolkitBinary.path(), arguments,
                        environment: Run.cleanEnvironment(["TERM": "xterm-256color", "COLUMNS": columns]), input: input)
    }

    private func assertNoEscape(_ result: ProcessResult, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(result.stdout.contains(0x1B), "ESC in output:\n\(result.stdoutText)", file: file, line: line)
    }

    func testShowAllIsAHandoutInMenuOrder() throws {
        let result = try run(["show", "--all"])
        XCTAssertEqual(result.status, 0, result.stderr)
        assertNoEscape(result)
        let text = result.stdoutText
        let headings = ["1 Case studies of purpose-aligned partnerships", "1.3 The Plymouth Alliance", "2.5 Corrective 5",
                        "3.0 Overview", "3.9 Principle 9: Flexibility", "6 About this toolkit"]
        let positions = headings.map { text.range(of: $0)?.lowerBound }
        XCTAssertFalse(positions.contains(nil), "missing headings: \(zip(headings, positions).filter { $0.1 == nil }.map(\.0))")
        XCTAssertEqual(positions.compactMap { $0 }, positions.compactMap { $0 }.sorted(), "headings out of menu order")
        XCTAssertFalse(text.contains("What next?"), "a handout leaves out the screen's What next? blocks")
        XCTAssertTrue(text.contains("References"))
    }

    func testShowASectionAsMarkdown() throws {
        let result = try run(["show", "principles", "--all", "--format", "markdown"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdoutText.hasPrefix("# 3 9 Key Principles for working with purpose-aligned partners\n"), result.stdoutText)
        XCTAssertTrue(result.stdoutText.contains("# 3.9 Principle 9: Flexibility"))
    }

    func testShowRespectsWidth() throws {
        let result = try run(["show", "case-studies/oldham-social-prescribing", "--width", "40"])
        XCTAssertEqual(result.status, 0, result.stderr)
        for line in result.stdoutText.split(separator: "\n") where !line.contains("://") && !line.contains("toolkit ") {
            XCTAssertLessThanOrEqual(line.count, 40, String(line))
        }
        XCTAssertEqual(try run(["show", "about", "--width", "5"]).status, 64)
    }

    func testTreeListsEveryPageWithItsId() throws {
        let result = try run(["tree"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdoutText.contains("├─ 2.2  Corrective 2 (title inferred)") && result.stdoutText.contains("├─ 3.0  Overview"), result.stdoutText)
        XCTAssertTrue(result.stdoutText.contains("(case-studies/plymouth-alliance)"))
        XCTAssertEqual(result.stdoutText.split(separator: "\n").count, 39)
    }

    func testSearchPrintsResultsAndFailsWhenNothingMatches() throws {
        let found = try run(["search", "plymouth"])
        XCTAssertEqual(found.status, 0)
        XCTAssertNotNil(found.stdoutText.range(of: #"^\d+ matches in \d+ pages for "plymouth"\n"#, options: .regularExpression), found.stdoutText)
        XCTAssertTrue(found.stdoutText.contains("1. The Plymouth Alliance"), found.stdoutText)
        let missing = try run(["search", "zyzzyva"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stdoutText.contains("No pages match"))
    }

    func testPlainReaderTakesCommandsFromStandardInput() throws {
        let result = try run(["--plain"], input: "1\n4\n/oldham\n1\nb\nb\nzz\n99\nq\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        assertNoEscape(result)
        let text = result.stdoutText
        for expected in ["[1-6 to open, b back, /words search, q quit]> ", "Leicestershire's Children's Innovation Partnership",
                         "The Plymouth Alliance: supporting people with complex needs", "for \"oldham\"",
                         "\"zz\" is not a number or a command.", "Choose a number from 0 to 11."] {
            XCTAssertTrue(text.contains(expected), "missing \(expected) in\n\(text)")
        }
    }

    /// `--plain` prints its menu before building the search index; a search still finds every
    /// page of a toolkit too large to index at once (708 pages), each search in turn.
    func testPlainReaderSearchFindsEveryPageOfALargeToolkit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-many-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in ManyPages.files() {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // The last pages link past the end, which a folder opened from disk refuses (exit 65).
            let unlinked = file.text.replacingOccurrences(of: #"\]\(p[0-9]+\.md\)"#, with: "]", options: .regularExpression)
            try unlinked.write(to: url, atomically: true, encoding: .utf8)
        }
        let result = try run(["--plain", "--content", folder.path], input: "/quokka\n/commissioning\nq\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = result.stdoutText
        let menu = try XCTUnwrap(text.range(of: "Many pages"), text)
        let quokka = try XCTUnwrap(text.range(of: "in 140 pages for \"quokka\""), "every fifth of 700 pages\n\(text)")
        let commissioning = try XCTUnwrap(text.range(of: "in 707 pages for \"commissioning\""), "every page but the root\n\(text)")
        XCTAssertTrue(menu.lowerBound < quokka.lowerBound && quokka.lowerBound < commissioning.lowerBound, text)
    }

    func testPlainReaderEndsCleanlyAtEndOfInput() throws {
        let result = try run(["--plain", "about"], input: "")
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdoutText.contains("About this toolkit"))
    }
}

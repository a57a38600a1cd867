import Catalog
import Foundation
import TestSupport
import XCTest

/// `toolkit search` on issue 18's table: every spelling finds its pages, a misspelling is
/// answered with the toolkit's own word and its pages, and the counts read "1 match".
final class SearchCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-e2e-search-\(UUID().uuidString)")
        for file in SearchFixture.files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
        super.tearDown()
    }

    private func search(_ words: [String], content: Bool = true) throws -> ProcessResult {
        try Run.process(try ToolkitBinary.path(), ["search"] + words + (content ? ["--content", folder.path] : []),
                        environment: Run.cleanEnvironment(["TERM": "xterm-256color", "COLUMNS": "80"]))
    }

    /// The page ids a result lists, in menu order of the fixture.
    private func pages(_ result: ProcessResult) -> [String] {
        let ids = result.stdoutText.split(separator: "\n").compactMap { line -> String? in
            line.hasPrefix("   toolkit ") ? String(line.dropFirst("   toolkit ".count)) : nil
        }
        let order = SearchFixture.expected.flatMap(\.pages) + ["cases"]
        return ids.sorted { (order.firstIndex(of: $0) ?? 0, $0) < (order.firstIndex(of: $1) ?? 0, $1) }
    }

    func testEachRowOfTheTableFindsItsPages() throws {
        for (query, expected) in SearchFixture.expected {
            let result = try search([query])
            XCTAssertEqual(result.status, 0, "\(query): \(result.stdoutText)")
            XCTAssertEqual(Set(pages(result)), Set(expected), query)
        }
        XCTAssertEqual(Set(pages(try search(["social", "value"]))), ["cases/leicester", "cases/oldham", "cases/plymouth"],
                       "several arguments mean all of the words")
    }

    func testAMisspellingSuggestsTheToolkitsWordListsItsPagesAndExits1() throws {
        let result = try search(["procuremnt"])
        XCTAssertEqual(result.status, 1, "nothing matched what was typed, for scripts")
        XCTAssertTrue(result.stdoutText.hasPrefix("No match for procuremnt; showing procurement.\n"), result.stdoutText)
        XCTAssertEqual(Set(pages(result)), ["cases/oldham", "tools/checklist"])
        let stem = try search(["procurment"])
        XCTAssertEqual(stem.status, 0, "the stem matches")
        XCTAssertTrue(stem.stdoutText.hasPrefix("Did you mean procurement?\n"), stem.stdoutText)
        let nothing = try search(["zzqx"])
        XCTAssertEqual(nothing.status, 1)
        XCTAssertEqual(nothing.stdoutText, "No pages match \"zzqx\".\n")
    }

    func testOneMatchIsSingular() throws {
        let result = try search(["Plymouth"])
        XCTAssertTrue(result.stdoutText.hasPrefix("1 match in 1 page for \"Plymouth\"\n"), result.stdoutText)
        XCTAssertTrue(result.stdoutText.contains("Plymouth alliance (Case studies) · 1 match\n"), result.stdoutText)
    }

    func testTheBuiltinToolkitsSpellingsFindTheSamePages() throws {
        for (canonical, variants) in [("Barnardo's", ["Barnardos", "Barnardo\u{2019}s"]), ("partnership", ["partnerships"]),
                                      ("co-production", ["coproduction", "co production"])] {
            let expected = Set(pages(try search([canonical], content: false)))
            XCTAssertFalse(expected.isEmpty, canonical)
            for variant in variants { XCTAssertEqual(Set(pages(try search([variant], content: false))), expected, variant) }
        }
    }
}

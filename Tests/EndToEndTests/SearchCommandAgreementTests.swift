import Foundation
import TestSupport
import XCTest

/// The real binary: `toolkit search QUERY` and `toolkit --plain` given `/QUERY` list the same
/// pages in the same order for every query of `SearchAgreement`'s table (the full screen is held
/// to the same lists by `SearchAgreementTests`), and the heading echoes a phrase as typed.
final class SearchCommandAgreementTests: XCTestCase {
    private func run(_ arguments: [String], input: String? = nil) throws -> ProcessResult {
        try Run.process(try ToolkitBinary.path(), arguments, environment: Run.cleanEnvironment(["TERM": "xterm-256color", "COLUMNS": "80"]), input: input)
    }

    private func ids(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { $0.hasPrefix("   toolkit ") ? String($0.dropFirst(11)) : nil }
    }

    func testSearchAndPlainAgreeOnEveryQueryOfTheTable() throws {
        for query in SearchAgreement.queries {
            let searched = try run(["search", query])
            let plain = try run(["--plain"], input: "/\(query)\nq\n")
            XCTAssertEqual(plain.status, 0, plain.stderr)
            let printed = ids(searched.stdoutText)
            XCTAssertFalse(printed.isEmpty, "\(query): \(searched.stdoutText)")
            // --plain prints the menu first, which names no page as `   toolkit ID`.
            XCTAssertEqual(ids(plain.stdoutText), printed, query)
        }
    }

    func testAPhraseIsEchoedOnceQuoted() throws {
        let result = try run(["search", "\"social value\""])
        XCTAssertTrue(result.stdoutText.split(separator: "\n")[0].hasSuffix(" pages for \"social value\""), result.stdoutText)
    }
}

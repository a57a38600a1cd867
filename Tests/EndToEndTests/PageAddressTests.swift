import Foundation
import XCTest

/// Every address `tree` and go-to show works as a page id on the command line: `toolkit 3.7`,
/// `toolkit show 1.2`, `toolkit tree 3`; a number that names no page is refused as an id is.
final class PageAddressTests: XCTestCase {
    private func run(_ arguments: [String]) throws -> ProcessResult {
        try Run.process(try ToolkitBinary.path(), arguments, environment: Run.cleanEnvironment(["TERM": "xterm-256color", "COLUMNS": "80"]))
    }

    func testEveryNumberTreePrintsOpensItsPage() throws {
        let tree = try run(["tree"])
        XCTAssertEqual(tree.status, 0, tree.stderr)
        var checked = 0
        for line in tree.stdoutText.split(separator: "\n") {
            let entry = line.drop { "├└│─ ".contains($0) }
            guard let number = entry.split(separator: " ").first, number.first?.isNumber == true,
                  let open = entry.range(of: "  (", options: .backwards) else { continue }
            let id = String(entry[open.upperBound...].dropLast())
            let byNumber = try run(["show", String(number)])
            let byID = try run(["show", id])
            XCTAssertEqual(byNumber.status, 0, "\(number): \(byNumber.stderr)")
            XCTAssertEqual(byNumber.stdoutText, byID.stdoutText, "show \(number) is show \(id)")
            checked += 1
        }
        XCTAssertEqual(checked, tree.stdoutText.split(separator: "\n").count - 1, "every page of the built-in toolkit but the menu has a number")
    }

    func testTheBareCommandAndTreeTakeANumberToo() throws {
        let page = try run(["3.7"])
        XCTAssertEqual(page.status, 0, page.stderr)
        XCTAssertTrue(page.stdoutText.hasPrefix("Principle 7: Trust"), page.stdoutText)
        let section = try run(["tree", "3"])
        XCTAssertEqual(section.status, 0, section.stderr)
        XCTAssertTrue(section.stdoutText.contains("3.9  Principle 9: Flexibility"), section.stdoutText)
        XCTAssertFalse(section.stdoutText.contains("Case studies"))
    }

    func testANumberThatNamesNoPageIsRefusedWithUsage() throws {
        for typed in ["9.9", "3.70", "1.", ".1", "3..7"] {
            let result = try run(["show", typed])
            XCTAssertEqual(result.status, 64, typed)
            XCTAssertTrue(result.stderr.contains("no page '\(typed)'"), result.stderr)
        }
    }
}

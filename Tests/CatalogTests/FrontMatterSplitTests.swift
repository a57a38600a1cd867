@testable import Catalog
import XCTest

/// `FrontMatter.split` scans bytes; these pin the line rules it must keep: a byte-order mark,
/// Windows line endings, trailing blanks on the rules, and where the body starts.
final class FrontMatterSplitTests: XCTestCase {
    private func split(_ text: String) -> (title: String, body: String, bodyLine: Int)? {
        guard case let .success((frontMatter, body, bodyLine)) = FrontMatter.split(SourceFile(path: "a.md", text: text)) else { return nil }
        return (frontMatter.title, body, bodyLine)
    }

    func testTheBodyIsEverythingAfterTheClosingRule() {
        let parts = split("---\ntitle: A\nsummary: S\n---\nFirst.\n\nSecond é.\n")
        XCTAssertEqual(parts?.title, "A")
        XCTAssertEqual(parts?.body, "First.\n\nSecond é.\n")
        XCTAssertEqual(parts?.bodyLine, 5)
    }

    func testAByteOrderMarkWindowsLineEndsAndTrailingBlanksOnTheRules() {
        let parts = split("\u{FEFF}--- \r\ntitle: A\r\n---\t\r\nBody\r\n")
        XCTAssertEqual(parts?.title, "A")
        XCTAssertEqual(parts?.body, "Body\n")
        XCTAssertEqual(parts?.bodyLine, 4)
    }

    func testAClosingRuleOnTheLastLineLeavesAnEmptyBody() {
        XCTAssertEqual(split("---\ntitle: A\n---")?.body, "")
        XCTAssertEqual(split("---\ntitle: A\n---\n")?.body, "")
    }

    func testARuleWithMoreThanBlanksAfterItIsNotARule() {
        XCTAssertNil(split("---\ntitle: A\n--- x\nBody\n"))
        XCTAssertNil(split("---\u{301}\ntitle: A\n---\n"))
        XCTAssertNil(split(""))
    }
}

import XCTest
@testable import toolkit

/// Every way of starting goes through the one parser: `toolkit`, `toolkit PAGE-ID` and `--version`
/// (once read without the parser, for speed) read as `browse` with its options at their defaults,
/// and every browsing option reads the same before the page, after it and after `browse`.
final class QuickStartTests: XCTestCase {
    func testTheCommonStartsAreBrowseWithDefaults() throws {
        let parser = CommandTable.parser
        XCTAssertEqual(try parser.parse([]), .run(ParsedArguments(command: "browse")))
        XCTAssertEqual(try parser.parse(["correctives"]), .run(ParsedArguments(command: "browse", operands: ["correctives"])))
        XCTAssertEqual(try parser.parse(["case-studies/plymouth-alliance"]),
                       .run(ParsedArguments(command: "browse", operands: ["case-studies/plymouth-alliance"])))
        XCTAssertEqual(try parser.parse(["--version"]), .run(ParsedArguments(command: "browse", flags: ["version"])))
        let browse = Browse(ParsedArguments(command: "browse", operands: ["correctives"]))
        XCTAssertEqual(browse.page, "correctives")
        XCTAssertEqual(browse.theme, .dark)
        XCTAssertFalse(browse.plain || browse.mouse || browse.fresh || browse.version)
        XCTAssertNil(browse.content.content)
        XCTAssertNil(browse.generate)
    }

    func testEveryStartPrintsThePageTheSameWayWithoutATerminal() throws {
        let environment = Run.cleanEnvironment(["TERM": "xterm-256color", "COLUMNS": "80"])
        let plain = try Run.process(try ToolkitBinary.path(), ["correctives"], environment: environment)
        XCTAssertEqual(plain.status, 0, plain.stderr)
        for arguments in [["browse", "correctives"], ["--fresh", "correctives"], ["correctives", "--mouse"], ["--theme", "light", "browse", "correctives"]] {
            let other = try Run.process(try ToolkitBinary.path(), arguments, environment: environment)
            XCTAssertEqual(other.status, 0, "\(arguments): \(other.stderr)")
            XCTAssertEqual(other.stdoutText, plain.stdoutText, "\(arguments)")
        }
    }
}

import ArgumentParser
import XCTest
@testable import toolkit

/// `toolkit` and `toolkit PAGE-ID` skip the argument parser; the command they make must be the
/// one the parser would make, option for option, and every other command line must go to the parser.
final class QuickStartTests: XCTestCase {
    func testTheQuickStartMakesTheCommandTheParserMakes() throws {
        for arguments in [[], ["correctives"], ["case-studies/plymouth-alliance"], ["--version"]] {
            let quick = try XCTUnwrap(Browse.quickStart(arguments), "\(arguments)")
            let parsed = try Browse.parse(arguments)
            // Reflection shows each property wrapper's state, so an option the quick start forgot
            // to set (left as a definition, which crashes when read) shows up as a difference.
            XCTAssertEqual(String(reflecting: quick), String(reflecting: parsed), "\(arguments)")
        }
    }

    func testEveryOtherCommandLineGoesToTheParser() {
        for arguments in [["--plain"], ["--versions"], ["--version", "x"], ["--content", "x"], ["show"], ["check"], ["help"], ["-h"], ["correctives", "--fresh"], ["a", "b"]] {
            XCTAssertNil(Browse.quickStart(arguments), "\(arguments)")
        }
    }
}

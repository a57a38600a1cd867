import XCTest
@testable import toolkit

/// Command lines the parser refuses, each with one line saying what is wrong and whose help to read.
final class ParserErrorTests: XCTestCase {
    private let parser = CommandTable.parser

    private func assertRefused(_ arguments: [String], _ message: String, command: String?, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try parser.parse(arguments), "\(arguments)", file: file, line: line) { error in
            XCTAssertEqual(error as? UsageError, UsageError(message: message, command: command), file: file, line: line)
        }
    }

    func testAnUnknownOptionSuggestsTheNearestOnes() {
        assertRefused(["--versions"], "unknown option '--versions' (did you mean --version?)", command: nil)
        assertRefused(["show", "--wdth", "40"], "unknown option '--wdth' (did you mean --width?)", command: "show")
        assertRefused(["show", "--zzzzzzz"], "unknown option '--zzzzzzz'", command: "show")
        assertRefused(["-x"], "unknown option '-x'", command: nil)
    }

    func testAnUnknownOptionIsShownWithoutItsControlCharacters() {
        XCTAssertThrowsError(try parser.parse(["--\u{1B}[31mred"])) { error in
            XCTAssertFalse((error as? UsageError)?.description.contains("\u{1B}") ?? true)
        }
    }

    func testValuesAreChecked() {
        assertRefused(["--content"], "--content needs a value (DIR)", command: nil)
        assertRefused(["show", "--width"], "--width needs a value (N)", command: "show")
        assertRefused(["--mouse=yes"], "--mouse takes no value", command: nil)
        assertRefused(["--theme", "blue"], "--theme must be dark, light or high-contrast, not blue", command: nil)
        assertRefused(["show", "--format=pdf"], "--format must be text, markdown, html or json, not pdf", command: "show")
        assertRefused(["show", "about", "--width", "5"], "--width must be between 20 and 1000, not 5", command: "show")
        assertRefused(["show", "--width", "wide"], "--width must be between 20 and 1000, not wide", command: "show")
        assertRefused(["present", "--minutes", "0"], "--minutes must be between 1 and 1440, not 0", command: "present")
        assertRefused(["--generate", "complete-tcsh"], "--generate must be man, complete-bash, complete-zsh or complete-fish, not complete-tcsh", command: nil)
    }

    func testPresentRefusesOptionsThatMeanNothingTogether() throws {
        for (arguments, message) in [
            (["present", "--canvas", "10x3"], "--canvas must be COLUMNSxROWS, from 20x6 to 1000x1000, not 10x3"),
            (["present", "--print-ssh-setup", "--minutes", "5"], "--print-ssh-setup prints and exits; it takes only --socket and --share-group"),
            (["present", "--notes-only", "--share"], "--notes-only follows the presenter; it takes only --socket, --theme and --content"),
        ] {
            guard case let .run(parsed) = try parser.parse(arguments) else { return XCTFail("\(arguments) should parse") }
            XCTAssertThrowsError(try Present(parsed), "\(arguments)") { error in
                XCTAssertEqual(error as? UsageError, UsageError(message: message, command: "present"))
            }
        }
        guard case let .run(parsed) = try parser.parse(["present", "--canvas", "100X30"]) else { return XCTFail() }
        XCTAssertEqual(try Present(parsed).canvas?.size.columns, 100)
    }

    func testHelpIsAskedForInEveryWay() throws {
        XCTAssertEqual(try parser.parse(["--help"]), .help(command: nil))
        XCTAssertEqual(try parser.parse(["-h"]), .help(command: nil))
        XCTAssertEqual(try parser.parse(["help"]), .help(command: nil))
        XCTAssertEqual(try parser.parse(["--content", "x", "-h"]), .help(command: nil))
        for command in parser.commands.map(\.name) {
            XCTAssertEqual(try parser.parse(["help", command]), .help(command: command))
            XCTAssertEqual(try parser.parse([command, "--help"]), .help(command: command))
            XCTAssertEqual(try parser.parse(["--help", command]), .help(command: command))
        }
        assertRefused(["help", "shw"], "no command 'shw'; the commands are browse, show, tree, search, cite, check, present, follow or workbook", command: nil)
    }
}

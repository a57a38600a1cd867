import XCTest
@testable import toolkit

/// Every entry of the command and option tables, read by the parser: each option before and
/// after each command that takes it, refused with where it applies by each command that does not.
final class ParserTableTests: XCTestCase {
    private let parser = CommandTable.parser

    /// A value the option accepts, or nil for a switch.
    private func sample(_ option: Option) -> String? {
        switch option.value {
        case .flag: return nil
        case .text: return "some value"
        case let .integer(_, range): return String(range.upperBound)
        case let .choice(words): return words.last
        }
    }

    private func expected(_ command: String, _ option: Option) -> ParsedArguments {
        var parsed = ParsedArguments(command: command)
        if let value = sample(option) { parsed.values[option.name] = value } else { parsed.flags.insert(option.name) }
        if let operand = parser.command(named: command)?.operand, operand.required { parsed.operands = [operand.actions.first ?? "word"] }
        return parsed
    }

    func testEveryOptionReadsTheSameBeforeAndAfterEveryCommandThatTakesIt() throws {
        var checked = 0
        for command in parser.commands {
            let operands = command.operand?.required == true ? [command.operand?.actions.first ?? "word"] : []
            for option in parser.options where option.applies(to: command.name) {
                let written = [option.spelling] + (sample(option).map { [$0] } ?? [])
                let joined = [option.spelling + (sample(option).map { "=" + $0 } ?? "")]
                let named = command.name == parser.defaultCommand ? [] : [command.name]
                for arguments in [named + written + operands, named + operands + written, written + named + operands,
                                  named + joined + operands, joined + named + operands] {
                    XCTAssertEqual(try parser.parse(arguments), .run(expected(command.name, option)), "\(arguments)")
                }
                checked += 1
            }
        }
        XCTAssertEqual(checked, 39, "every command's options: a new entry should be counted here")
    }

    func testEveryOptionIsRefusedByEveryCommandThatDoesNotTakeItSayingWhereItApplies() {
        for command in parser.commands {
            let operands = command.operand?.required == true ? [command.operand?.actions.first ?? "word"] : []
            for option in parser.options where !option.applies(to: command.name) {
                let written = [option.spelling] + (sample(option).map { [$0] } ?? [])
                for arguments in [written + [command.name] + operands, [command.name] + operands + written] {
                    XCTAssertThrowsError(try parser.parse(arguments), "\(arguments)") { error in
                        let message = (error as? UsageError)?.description ?? ""
                        XCTAssertTrue(message.hasPrefix("toolkit: \(option.spelling) does not apply to \(command.name) (it is for "), message)
                        XCTAssertTrue(message.hasSuffix("; try toolkit \(command.name) --help"), message)
                    }
                }
            }
        }
    }

    func testAMisplacedOptionNamesEveryCommandThatTakesIt() {
        XCTAssertThrowsError(try parser.parse(["--theme", "light", "show"])) { error in
            XCTAssertEqual((error as? UsageError)?.message, "--theme does not apply to show (it is for browse, present and follow)")
        }
        XCTAssertThrowsError(try parser.parse(["--mouse", "show"])) { error in
            XCTAssertEqual(error as? UsageError, UsageError(message: "--mouse does not apply to show (it is for browse)", command: "show"))
        }
    }

    func testEveryCommandIsNamedByItsWordAndBrowseIsTheDefault() throws {
        for command in parser.commands {
            let operands = command.operand?.required == true ? [command.operand?.actions.first ?? "word"] : []
            XCTAssertEqual(try parser.parse([command.name] + operands), .run(ParsedArguments(command: command.name, operands: operands)))
        }
        XCTAssertEqual(try parser.parse(["about"]), .run(ParsedArguments(command: "browse", operands: ["about"])))
    }

    func testOnlyTheFirstWordNamesACommand() {
        XCTAssertThrowsError(try parser.parse(["correctives", "show"])) { error in
            XCTAssertEqual((error as? UsageError)?.message, "browse takes one PAGE-ID, so 'show' is one too many")
        }
        XCTAssertEqual(try parser.parse(["search", "show", "tree"]), .run(ParsedArguments(command: "search", operands: ["show", "tree"])))
    }

    func testTheOperandsEachCommandTakes() throws {
        XCTAssertEqual(try parser.parse(["show", "about"]), .run(ParsedArguments(command: "show", operands: ["about"])))
        XCTAssertEqual(try parser.parse(["search", "social", "value"]), .run(ParsedArguments(command: "search", operands: ["social", "value"])))
        XCTAssertThrowsError(try parser.parse(["search", "--content", "x"])) { error in
            XCTAssertEqual(error as? UsageError, UsageError(message: "search needs WORDS", command: "search"))
        }
        for command in ["check", "follow"] {
            XCTAssertThrowsError(try parser.parse([command, "about"])) { error in
                XCTAssertEqual(error as? UsageError, UsageError(message: "\(command) takes no words, but was given 'about'", command: command))
            }
        }
        XCTAssertThrowsError(try parser.parse(["tree", "a", "b", "c"])) { error in
            XCTAssertEqual((error as? UsageError)?.message, "tree takes one PAGE-ID, so 'b' 'c' is one too many")
        }
    }

    func testADoubleDashEndsTheOptions() throws {
        XCTAssertEqual(try parser.parse(["search", "--", "--fresh", "-x"]),
                       .run(ParsedArguments(command: "search", operands: ["--fresh", "-x"])))
        XCTAssertEqual(try parser.parse(["--", "show"]), .run(ParsedArguments(command: "browse", operands: ["show"])))
    }

    func testTheLastValueOfARepeatedOptionWins() throws {
        XCTAssertEqual(try parser.parse(["--theme", "light", "--theme=dark"]),
                       .run(ParsedArguments(command: "browse", values: ["theme": "dark"])))
    }
}

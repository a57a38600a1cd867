import XCTest
@testable import toolkit

/// A command added as the README says (one `Command` entry, its own options in the option table):
/// here a `notebook` with actions and an option that browsing takes too, in a table of its own,
/// read, helped and completed like the built-in ones.
final class AddedCommandTests: XCTestCase {
    private static let notebookName = Option(name: "notebook", value: .text(placeholder: "NAME", completion: .nothing),
                                             scope: .commands(["browse", "notebook"]), help: "The notebook to use.")
    private let parser = CommandLineParser(
        commands: CommandTable.commands + [
            Command(name: "notebook", abstract: "Keep notes.", discussion: "",
                    operand: Command.Operand(placeholder: "ACTION", help: "What to do.", required: true, repeats: true,
                                             actions: ["list", "rename", "delete"]),
                    run: { _ in }),
        ],
        options: CommandTable.options + [notebookName],
        defaultCommand: CommandTable.defaultCommand
    )

    func testItsActionsAndOptionsAreRead() throws {
        XCTAssertEqual(try parser.parse(["--notebook", "a", "notebook", "rename", "old", "new"]),
                       .run(ParsedArguments(command: "notebook", values: ["notebook": "a"], operands: ["rename", "old", "new"])))
        XCTAssertEqual(try parser.parse(["--notebook=a"]), .run(ParsedArguments(command: "browse", values: ["notebook": "a"])))
        XCTAssertEqual(try parser.parse(["notebook", "list", "--content", "x"]),
                       .run(ParsedArguments(command: "notebook", values: ["content": "x"], operands: ["list"])))
        XCTAssertThrowsError(try parser.parse(["notebook", "lst"])) { error in
            XCTAssertEqual(error as? UsageError, UsageError(message: "notebook has no action 'lst'; its actions are list, rename or delete", command: "notebook"))
        }
        XCTAssertThrowsError(try parser.parse(["notebook"])) { error in
            XCTAssertEqual(error as? UsageError, UsageError(message: "notebook needs ACTION", command: "notebook"))
        }
        XCTAssertThrowsError(try parser.parse(["show", "--notebook", "a"])) { error in
            XCTAssertEqual((error as? UsageError)?.message, "--notebook does not apply to show (it is for browse and notebook)")
        }
    }

    func testItsHelpAndCompletionsNameItsActions() throws {
        let notebook = try XCTUnwrap(parser.command(named: "notebook"))
        XCTAssertTrue(HelpText.of(notebook, in: parser).contains("  ACTION                  What to do. One of: list, rename, delete."))
        XCTAssertTrue(HelpText.overall(parser).contains("  notebook                Keep notes."))
        XCTAssertTrue(ShellCompletion.bash(parser).contains("notebook) COMPREPLY=($(compgen -W \"list rename delete\" -- \"$cur\")) ;;"))
        XCTAssertTrue(ShellCompletion.zsh(parser).contains("'1:action:(list rename delete)'"))
        XCTAssertTrue(ShellCompletion.fish(parser).contains("complete -c toolkit -n '__fish_seen_subcommand_from notebook' -a 'list rename delete'"))
        XCTAssertTrue(ManPage.text(parser).contains("\\fBnotebook\\fR \\fIACTION...\\fR"))
    }
}

import Foundation
import XCTest
@testable import toolkit

/// `--help`, the man page and the completions are written from the tables: every command and
/// every option appears in each, where it applies.
final class GeneratedTextTests: XCTestCase {
    private let parser = CommandTable.parser

    /// Whether `help` has an entry for `option`, its help beside it or on the next line.
    private func lists(_ option: Option, in help: String) -> Bool {
        help.contains("\n  " + option.synopsis + " ") || help.contains("\n  " + option.synopsis + "\n")
    }

    func testTheOverallHelpListsEveryCommandAndBrowsingsOptions() {
        let help = HelpText.overall(parser)
        for command in parser.commands {
            XCTAssertTrue(help.contains("  " + command.name), command.name)
            XCTAssertTrue(help.contains(String(command.abstract.prefix(30))), command.name)
        }
        for option in parser.options {
            XCTAssertEqual(lists(option, in: help), option.applies(to: "browse"), option.name)
        }
        XCTAssertTrue(help.hasPrefix("toolkit: Read E3M's"), help)
        XCTAssertTrue(help.contains("""
            Usage: toolkit [PAGE-ID] [--content DIR] [--theme dark|light|high-contrast]
                           [--plain] [--mouse] [--fresh] [--version]
            """), help)
    }

    func testEachCommandsHelpListsItsOperandAndExactlyItsOptions() {
        for command in parser.commands {
            let help = HelpText.of(command, in: parser)
            XCTAssertTrue(help.hasPrefix("toolkit \(command.name): "), help)
            if let operand = command.operand { XCTAssertTrue(help.contains("Arguments:\n  \(operand.placeholder)"), help) }
            for option in parser.options {
                XCTAssertEqual(lists(option, in: help), option.applies(to: command.name), "\(command.name) \(option.name):\n\(help)")
            }
            XCTAssertTrue(help.contains("  -h, --help"), help)
        }
    }

    func testHelpFitsEightyColumns() {
        for text in [HelpText.overall(parser)] + parser.commands.map({ HelpText.of($0, in: parser) }) {
            for line in text.split(separator: "\n") {
                XCTAssertLessThanOrEqual(line.count, HelpText.width, String(line))
            }
        }
    }

    func testTheShowHelpReadsAsWritten() {
        let show = HelpText.of(parser.command(named: "show")!, in: parser)
        XCTAssertTrue(show.contains("""
            Usage: toolkit show [PAGE-ID] [--content DIR] [--all] [--width N]
                                [--format text|markdown|html|json] [--workbook NAME]

            Arguments:
              PAGE-ID                 The page to print (default: the toolkit menu).

            Options:
              --content DIR           Read the toolkit from this folder instead of the
                                      built-in one.
            """), show)
        XCTAssertTrue(show.contains("""
              --format text|markdown|html|json
                                      text (the default), markdown, html (one self-contained
            """), show)
    }

    func testTheManPageHasEveryCommandAndOptionEscaped() {
        let page = ManPage.text(parser)
        XCTAssertTrue(page.hasPrefix(".TH TOOLKIT 1"), page)
        for command in parser.commands { XCTAssertTrue(page.contains("\\fB\(command.name)\\fR"), command.name) }
        for option in parser.options { XCTAssertTrue(page.contains("\\fB\(ManPage.roff(option.spelling))\\fR"), option.name) }
        XCTAssertFalse(page.contains("--"), "every dash is escaped for roff")
        XCTAssertEqual(ManPage.roff(".hidden \\ back"), "\\&.hidden \\e back")
    }

    func testEveryCompletionOffersEveryCommandAndOption() {
        for (shell, script) in [("bash", ShellCompletion.bash(parser)), ("zsh", ShellCompletion.zsh(parser)), ("fish", ShellCompletion.fish(parser))] {
            for command in parser.commands { XCTAssertTrue(script.contains(command.name), "\(shell): \(command.name)") }
            for option in parser.options {
                XCTAssertTrue(script.contains(shell == "fish" ? "-l \(option.name) " : option.spelling), "\(shell): \(option.name)")
            }
            XCTAssertTrue(script.contains("dark light high-contrast"), shell)
        }
        XCTAssertTrue(ShellCompletion.bash(parser).contains("        show) options=\"--content --all --width --format --workbook --help\" ;;"))
    }

    func testTheCompletionScriptsAreValidForTheirShells() throws {
        for (shell, script) in [("bash", ShellCompletion.bash(parser)), ("zsh", ShellCompletion.zsh(parser)), ("fish", ShellCompletion.fish(parser))] {
            guard let path = ["/bin/", "/usr/bin/"].map({ $0 + shell }).first(where: FileManager.default.isExecutableFile(atPath:)) else {
                if shell == "bash" { XCTFail("bash is missing") }
                continue // zsh and fish are checked where they are installed
            }
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-completion-\(UUID().uuidString)")
            try script.write(to: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(at: file) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = ["-n", file.path]
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, "\(shell) -n rejects the script:\n\(script)")
        }
    }

    func testGenerateKindsAreTheTextsTheyName() {
        XCTAssertEqual(Generated.text("man", parser: parser), ManPage.text(parser))
        XCTAssertEqual(Generated.text("complete-bash", parser: parser), ShellCompletion.bash(parser))
        XCTAssertEqual(Generated.text("complete-zsh", parser: parser), ShellCompletion.zsh(parser))
        XCTAssertEqual(Generated.text("complete-fish", parser: parser), ShellCompletion.fish(parser))
    }
}

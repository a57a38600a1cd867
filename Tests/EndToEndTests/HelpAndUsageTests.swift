import XCTest

/// The real binary's help and usage errors: help on standard output with status 0, a usage error
/// as one line on standard error with status 64, and the generated texts from `--generate`.
final class HelpAndUsageTests: XCTestCase {
    private func toolkit(_ arguments: [String]) throws -> ProcessResult {
        try Run.process(try ToolkitBinary.path(), arguments, environment: Run.cleanEnvironment(["TERM": "xterm-256color"]))
    }

    func testHelpGoesToStandardOutputAndExitsZero() throws {
        for (arguments, start) in [(["--help"], "toolkit: Read E3M's"), (["help", "show"], "toolkit show: "),
                                   (["search", "-h"], "toolkit search: "), (["--content", "/nonexistent", "present", "--help"], "toolkit present: ")] {
            let result = try toolkit(arguments)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stdoutText.hasPrefix(start), "\(arguments): \(result.stdoutText)")
            XCTAssertEqual(result.stderr, "", "\(arguments)")
        }
    }

    func testAUsageErrorIsOneLineOnStandardErrorAndExits64() throws {
        for (arguments, message) in [(["show", "--bogus"], "toolkit: unknown option '--bogus'; try toolkit show --help"),
                                     (["--theme", "blue"], "toolkit: --theme must be dark, light or high-contrast, not blue; try toolkit --help"),
                                     (["present", "--minutes", "0"], "toolkit: --minutes must be between 1 and 1440, not 0; try toolkit present --help"),
                                     (["present", "--canvas", "5x5"], "toolkit: --canvas must be COLUMNSxROWS, from 20x6 to 1000x1000, not 5x5; try toolkit present --help")] {
            let result = try toolkit(arguments)
            XCTAssertEqual(result.status, 64, "\(arguments)")
            XCTAssertEqual(result.stderr, message + "\n", "\(arguments)")
            XCTAssertEqual(result.stdout.count, 0, "\(arguments): \(result.stdoutText)")
        }
    }

    func testGenerateWritesTheManPageAndCompletions() throws {
        for (kind, start) in [("man", ".TH TOOLKIT 1"), ("complete-bash", "# bash completion"), ("complete-zsh", "#compdef toolkit"), ("complete-fish", "# fish completion")] {
            let result = try toolkit(["--generate", kind])
            XCTAssertEqual(result.status, 0, "\(kind): \(result.stderr)")
            XCTAssertTrue(result.stdoutText.hasPrefix(start), "\(kind): \(result.stdoutText.prefix(80))")
        }
    }
}

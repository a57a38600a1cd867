import Foundation
import XCTest

/// Global options work where the README writes them, before the subcommand, as well as after it;
/// a mistyped page id suggests the pages it nearly names.
final class OptionPlacementTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-e2e-options-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("garden"), withIntermediateDirectories: true)
        try "---\ntitle: The Marigold Toolkit\n---\nA folder of our own.\n"
            .write(to: folder.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        try "---\ntitle: Garden\nsummary: Beds and borders\n---\nAbout the garden.\n"
            .write(to: folder.appendingPathComponent("garden/index.md"), atomically: true, encoding: .utf8)
        try "---\ntitle: Sunflowers\nsummary: Tall ones\n---\nSunflowers face the sun.\n"
            .write(to: folder.appendingPathComponent("garden/tall.md"), atomically: true, encoding: .utf8)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
        super.tearDown()
    }

    private func toolkit(_ arguments: [String]) throws -> ProcessResult {
        try Run.process(try ToolkitBinary.path(), arguments, environment: Run.cleanEnvironment(["TERM": "xterm-256color"]))
    }

    func testContentBeforeOrAfterEverySubcommandReadsTheFolder() throws {
        let cases: [(subcommand: [String], expected: String)] = [
            (["show", "--all"], "Sunflowers face the sun."),
            (["show", "garden/tall"], "Sunflowers face the sun."),
            (["tree"], "garden/tall"),
            (["search", "sunflowers"], "Sunflowers"),
            (["check"], "no problems"),
            (["workbook", "show"], "Workbook \"default\": 0 of 0 items answered"),
        ]
        for (subcommand, expected) in cases {
            let before = try toolkit(["--content", folder.path] + subcommand)
            let joined = try toolkit(["--content=" + folder.path] + subcommand)
            let after = try toolkit(subcommand + ["--content", folder.path])
            XCTAssertEqual(before.status, 0, "--content before \(subcommand): \(before.stderr)")
            XCTAssertTrue(before.stdoutText.contains(expected), "--content before \(subcommand): \(before.stdoutText)")
            XCTAssertEqual(before.stdoutText, after.stdoutText, "\(subcommand): the same output wherever --content is")
            XCTAssertEqual(joined.stdoutText, after.stdoutText, "\(subcommand): --content=DIR is the same as --content DIR")
        }
    }

    func testEveryBrowsingOptionWorksBeforeBrowseAndBeforeAPageId() throws {
        // Without a terminal, browsing prints the page: these all parse and read the folder.
        for options in [["--theme", "light"], ["--theme=high-contrast"], ["--mouse"], ["--fresh"]] {
            for arguments in [options + ["--content", folder.path, "browse", "garden"], options + ["--content", folder.path, "garden"]] {
                let result = try toolkit(arguments)
                XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
                XCTAssertTrue(result.stdoutText.contains("Tall ones"), "\(arguments): \(result.stdoutText)")
            }
        }
        let plain = try Run.process(try ToolkitBinary.path(), ["--plain", "--content", folder.path, "browse"],
                                    environment: Run.cleanEnvironment(["TERM": "xterm-256color"]), input: "q\n")
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertTrue(plain.stdoutText.contains("The Marigold Toolkit"), plain.stdoutText)
    }

    func testThemeAndContentBeforePresentAndFollowAreParsed() throws {
        // Without a terminal both are unavailable (69); a parsing error would be 64.
        for subcommand in ["present", "follow"] {
            let result = try toolkit(["--theme", "light", "--content", folder.path, subcommand])
            XCTAssertEqual(result.status, 69, "\(subcommand): \(result.stderr)")
            XCTAssertFalse(result.stderr.contains("Unknown option"), result.stderr)
        }
    }

    func testABrowsingOptionBeforeAPrintingSubcommandSaysWhereItApplies() throws {
        let result = try toolkit(["--mouse", "show"])
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertTrue(result.stderr.contains("--mouse does not apply to show"), result.stderr)
        XCTAssertEqual(result.stdout.count, 0, result.stdoutText)
    }

    func testANearMissOfAWordOfAnIdSuggestsThePage() throws {
        for (typed, suggested) in [("oldhm", "case-studies/oldham-social-prescribing"), ("plymuth", "case-studies/plymouth-alliance"),
                                   ("corective", "correctives")] {
            for arguments in [[typed], ["show", typed]] {
                let result = try toolkit(arguments)
                XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
                let suggestion = result.stderr.components(separatedBy: "Did you mean: ").dropFirst().first ?? ""
                XCTAssertTrue(suggestion.hasPrefix(suggested), "\(arguments): expected \(suggested) first in: \(result.stderr)")
            }
        }
    }

    func testANearMissOfATitleSuggestsThePage() throws {
        let result = try toolkit(["--content", folder.path, "show", "sunflowr"])
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertTrue(result.stderr.contains("Did you mean: garden/tall"), result.stderr)
        let title = try toolkit(["--content", folder.path, "show", "Marigold"])
        XCTAssertEqual(title.status, 64, title.stderr)
        XCTAssertFalse(title.stderr.contains("Did you mean"), "the root is never suggested: \(title.stderr)")
    }
}

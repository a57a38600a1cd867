import Foundation
import XCTest

/// Usage and content errors: sysexits codes and messages that say what is wrong and where.
final class CommandLineErrorTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-e2e-content-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
        super.tearDown()
    }

    private func toolkit(_ arguments: [String]) throws -> ProcessResult {
        try Run.process(try ToolkitBinary.path(), arguments, environment: Run.cleanEnvironment(["TERM": "xterm-256color"]))
    }

    func testUnknownPageIdExits64NamingTheId() throws {
        let result = try toolkit(["no-such-page"])
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertFalse(result.uncaughtSignal)
        XCTAssertTrue(result.stderr.contains("no page 'no-such-page'"), result.stderr)
        XCTAssertTrue(result.stderr.contains("case-studies"), "the sections should be listed: \(result.stderr)")
        XCTAssertEqual(result.stdout.count, 0, "nothing on stdout: \(result.stdoutText)")
    }

    func testCheckOfAMissingFolderExits66() throws {
        let result = try toolkit(["check", "--content", "/nonexistent"])
        XCTAssertEqual(result.status, 66, result.stderr)
        XCTAssertTrue(result.stderr.contains("/nonexistent"), result.stderr)
        XCTAssertTrue(result.stderr.contains("no such content folder"), result.stderr)
    }

    func testAWellFormedFolderChecksClean() throws {
        try "---\ntitle: A tiny toolkit\n---\nHello.\n".write(to: folder.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        let result = try toolkit(["check", "--content", folder.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdoutText.contains("no problems"), result.stdoutText)
    }

    func testABrokenFolderExits65WithFileAndLine() throws {
        // The front matter has no title.
        try "---\nsummary: A toolkit without a title\n---\nHello.\n"
            .write(to: folder.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        for arguments in [["check", "--content", folder.path], ["--content", folder.path]] {
            let result = try toolkit(arguments)
            XCTAssertEqual(result.status, 65, "\(arguments): \(result.stderr)")
            let location = try NSRegularExpression(pattern: NSRegularExpression.escapedPattern(for: folder.path) + "/index\\.md:[0-9]+: .*title")
            let stderr = result.stderr
            XCTAssertNotNil(location.firstMatch(in: stderr, range: NSRange(stderr.startIndex..., in: stderr)),
                            "\(arguments): expected '\(folder.path)/index.md:LINE: ...title...' in: \(stderr)")
            XCTAssertTrue(stderr.contains("1 problem"), stderr)
            XCTAssertEqual(result.stdout.count, 0, "nothing on stdout: \(result.stdoutText)")
        }
    }
}

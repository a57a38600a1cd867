import Foundation
import XCTest

/// A folder too large to check before showing it: the menu shows at once, a broken page says
/// where its problem is when it is opened, and `toolkit check` still finds it.
final class LargeFolderTests: TmuxTestCase {
    /// A root, a section holding a page with no front matter, and a 300 KB page that takes the
    /// folder over the size that is checked whole.
    private func largeFolder(in directory: URL) throws -> String {
        let folder = directory.appendingPathComponent("large-content")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("section"), withIntermediateDirectories: true)
        try "---\ntitle: Large toolkit\n---\nA root.\n".write(to: folder.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        try "---\ntitle: A section\norder: 1\n---\n".write(to: folder.appendingPathComponent("section/index.md"), atomically: true, encoding: .utf8)
        try "No front matter here.\n".write(to: folder.appendingPathComponent("section/broken.md"), atomically: true, encoding: .utf8)
        let padding = String(repeating: "A sentence of padding that makes this page long. ", count: 6_000)
        try "---\ntitle: A long page\norder: 2\n---\n\(padding)\n".write(to: folder.appendingPathComponent("long.md"), atomically: true, encoding: .utf8)
        return folder.path
    }

    func testTheMenuShowsAndABrokenPageSaysWhereItsProblemIs() throws {
        let tmux = try startTmux(width: 80, height: 24)
        let folder = try largeFolder(in: tmux.directory)
        try tmux.startToolkit(["--content", folder])
        try tmux.waitFor("Large toolkit", "A section", "A long page")
        tmux.send("Enter")
        try tmux.waitFor("section/broken.md", "cannot be shown: run toolkit check")
        tmux.send("Enter")
        try tmux.waitFor("This page cannot be shown:", "section/broken.md:1:1: missing front matter")
        try tmux.quitAndAssertRestored()

        let check = try Run.process(try ToolkitBinary.path(), ["check", "--content", folder], environment: Run.cleanEnvironment([:]))
        XCTAssertEqual(check.status, 65, check.stderr)
        XCTAssertTrue(check.stderr.contains("\(folder)/section/broken.md:1:1: missing front matter"), check.stderr)
    }

    func testPrintingABrokenPageFailsWithItsProblemAndTheRestStillPrint() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-large-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = try largeFolder(in: directory)
        for arguments in [["show", "section/broken", "--content", folder], ["show", "--all", "--content", folder], ["section/broken", "--content", folder]] {
            let result = try Run.process(try ToolkitBinary.path(), arguments, environment: Run.cleanEnvironment([:]))
            XCTAssertEqual(result.status, 65, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("\(folder)/section/broken.md:1:1: missing front matter"), result.stderr)
            XCTAssertEqual(result.stdout.count, 0, "nothing is printed: \(result.stdoutText)")
        }
        let section = try Run.process(try ToolkitBinary.path(), ["show", "long", "--content", folder], environment: Run.cleanEnvironment([:]))
        XCTAssertEqual(section.status, 0, section.stderr)
        XCTAssertTrue(section.stdoutText.contains("A long page"), section.stdoutText)
    }
}

import Foundation
import XCTest

/// A page of 3,000 paragraphs in the real binary: its first screen shows at once, the event loop
/// lays out the rest between keys, and keys work before, during and after.
final class LongPageTests: TmuxTestCase {
    private func longPageFolder(in directory: URL) throws -> String {
        let folder = directory.appendingPathComponent("long-content")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "---\ntitle: Root\n---\nA root.\n".write(to: folder.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        let body = (1...3000).map { "Paragraph \($0) of a very long page, which wraps onto a second line at eighty columns of text." }
        try ("---\ntitle: A very long page\norder: 1\n---\n" + body.joined(separator: "\n\n") + "\n\nThe very last paragraph.\n")
            .write(to: folder.appendingPathComponent("long.md"), atomically: true, encoding: .utf8)
        return folder.path
    }

    func testTheFirstScreenShowsAtOnceAndEndReachesTheLastLine() throws {
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkit(["--content", try longPageFolder(in: tmux.directory), "long"])
        try tmux.waitFor("A very long page", "Paragraph 1 of a very long page", "Top")
        tmux.send("NPage")
        try tmux.waitFor("the second screen") { $0.row(1).contains("Paragraph") && !$0.contains("A very long page ") && !$0.contains("Top") }
        tmux.send("End")
        let bottom = try tmux.waitFor("The very last paragraph.", "Bot")
        XCTAssertTrue(bottom.contains("Paragraph 3000 of a very long page"), "\(bottom)")
        tmux.send("g")
        try tmux.waitFor("Paragraph 1 of a very long page", "Top")
        try tmux.quitAndAssertRestored()
    }

    func testWhenTheLayoutIsDoneThePositionIsAPercentage() throws {
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkit(["--content", try longPageFolder(in: tmux.directory), "long"])
        try tmux.waitFor("A very long page", "Top")
        tmux.send("NPage")
        try tmux.waitFor("a percentage once the idle steps have laid out the whole page", timeout: 15) { $0.row(22).hasSuffix("%") }
        tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit().status, 0)
    }
}

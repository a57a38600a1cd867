import Foundation
import XCTest

/// A search typed the moment a large toolkit opens answers at once from the pages indexed so far,
/// says so, keeps taking keys, and ends with every page's results once the index is built.
final class SearchWhileIndexingTests: TmuxTestCase {
    /// 5,000 short pages in five sections: every seventh page has `quokka`.
    private func manyPages(in directory: URL) throws -> String {
        let folder = directory.appendingPathComponent("many-pages")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "---\ntitle: Many pages\n---\nGenerated.\n".write(to: folder.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        for section in 0..<5 {
            let path = folder.appendingPathComponent("s\(section)")
            try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
            try "---\ntitle: Section \(section)\norder: \(section)\n---\n".write(to: path.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
            for page in stride(from: section, to: 5_000, by: 5) {
                let text = "---\ntitle: Page \(page)\norder: \(page)\n---\nCommissioning and procurement\(page % 7 == 0 ? " with a quokka" : "") in page \(page).\n"
                try text.write(to: path.appendingPathComponent("p\(page).md"), atomically: true, encoding: .utf8)
            }
        }
        return folder.path
    }

    func testASearchTypedAtOnceSaysItIsStillReadingThenShowsEveryPage() throws {
        let tmux = try startTmux(width: 80, height: 24)
        let folder = try manyPages(in: tmux.directory)
        try tmux.startToolkit(["--content", folder])
        try tmux.waitFor("Many pages", "Section 0")
        tmux.send("/")
        tmux.type("quokka")
        let building = try tmux.waitFor("/quokka", "pages so far; still reading the rest.")
        let selected = { (screen: Screen) in screen.lines.firstIndex { $0.contains("›") } ?? -1 }
        let first = selected(building)
        XCTAssertGreaterThan(first, 0, "a result is selected\(building)")
        tmux.send("Down")
        try tmux.waitFor("the selection to move down while the index is built") { selected($0) > first }
        try tmux.waitFor("every page indexed: the note gone, 715 pages found", timeout: 60) { screen in
            screen.contains("715 matches in 715 pages") && !screen.contains("still reading")
        }
        tmux.send("Escape")
        try tmux.waitFor("Section 0")
        try tmux.quitAndAssertRestored()
    }
}

import Foundation
import XCTest

/// What a newcomer sees first: at 80x24 the toolkit menu shows every section without scrolling,
/// whatever the length of its introduction.
final class HomeScreenTests: TmuxTestCase {
    /// The rows that start a menu item (`› 1  Title` or `  1  Title`), by number.
    private func itemNumbers(_ screen: Screen) -> [Int] {
        screen.lines.compactMap { line in
            let trimmed = line.drop { $0 == " " || $0 == "›" }
            let digits = trimmed.prefix(while: \.isNumber)
            guard let number = Int(digits),
                  trimmed.dropFirst(String(number).count).hasPrefix("  ") else { return nil }
            return number
        }
    }

    func testTheBuiltInToolkitShowsAllSixSectionsAt80x24() throws {
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkit(["--fresh"], environment: ["XDG_STATE_HOME": tmux.file("state").path])
        let screen = try tmux.waitFor("the toolkit menu") { $0.row(22).hasSuffix("1 of 6") }
        XCTAssertEqual(itemNumbers(screen), [1, 2, 3, 4, 5, 6], "\(screen)")
        for section in ["Case studies", "Correctives", "Principles", "Tools", "questions", "About"] {
            XCTAssertTrue(screen.lines.contains { $0.contains(section) }, "\(section) is on the first screen: \(screen)")
        }
        XCTAssertTrue(screen.row(1).contains("From Procurement to Partnership"), "\(screen)")
        try tmux.quitAndAssertRestored()
    }

    func testALongIntroductionYieldsToTheItemsAndIsReadBelowThem() throws {
        let tmux = try startTmux(width: 80, height: 24)
        let folder = tmux.file("content")
        let paragraphs = (1...8).map { "Paragraph \($0) of an introduction so long that it would push the menu off the screen if it came first." }
        var files = ["index.md": "---\ntitle: A toolkit with a long introduction\n---\n" + paragraphs.joined(separator: "\n\n") + "\n"]
        for number in 1...6 {
            files["s\(number)/index.md"] = "---\ntitle: Section \(number)\nsummary: What section \(number) holds\n---\nSection \(number).\n"
            files["s\(number)/page.md"] = "---\ntitle: Page of section \(number)\n---\nText.\n"
        }
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try tmux.startToolkit(["--fresh", "--content", folder.path], environment: ["XDG_STATE_HOME": tmux.file("state").path])
        let screen = try tmux.waitFor("the menu") { $0.row(22).hasSuffix("1 of 6") }
        XCTAssertEqual(itemNumbers(screen), [1, 2, 3, 4, 5, 6], "\(screen)")
        XCTAssertTrue(screen.contains("Paragraph 1 of an introduction"), "\(screen)")
        XCTAssertTrue(screen.contains("… continued below the menu"), "\(screen)")
        tmux.send("End")
        // As much of the rest as fits below the last item, which stays on screen.
        try tmux.waitFor("the rest of the introduction below the last item") {
            $0.row(22).hasSuffix("6 of 6") && $0.contains("6  Section 6") && $0.contains("Paragraph 7 of an introduction")
        }
        try tmux.quitAndAssertRestored()
    }
}

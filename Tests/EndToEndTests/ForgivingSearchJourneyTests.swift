import Catalog
import Foundation
import TestSupport
import XCTest

/// Issue 18 in the real binary at 50x15: a misspelled search is answered with the toolkit's own
/// word, its result opens with the marks the list counted, the footer keeps help and quit and
/// offers Forward after Back, and help wraps instead of cutting words.
final class ForgivingSearchJourneyTests: TmuxTestCase {
    func testAMisspelledSearchInASmallWindow() throws {
        let tmux = try startTmux(width: 50, height: 15)
        let content = tmux.file("content")
        for file in SearchFixture.files {
            let url = content.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.text.write(to: url, atomically: true, encoding: .utf8)
        }
        try tmux.startToolkit(["--content", content.path, "--fresh"])
        try tmux.waitFor("the menu with help and quit in the footer") { $0.row(1).contains("Search Toolkit") && $0.row(14).contains("? help") && $0.row(14).contains("q quit") }
        tmux.type("/procuremnt ")
        try tmux.waitFor("the suggestion and its pages") {
            $0.contains("No match for procuremnt; showing procurement.") && $0.contains("3 matches in 2 pages") && $0.row(13).hasPrefix(" /procuremnt")
        }
        tmux.send("Enter")
        try tmux.waitFor("the first page at its first match") { $0.row(1).contains("Procurement checklist") && $0.row(13).contains("match 1 of 2") }
        tmux.send("Left")
        try tmux.waitFor("the results, with Forward offered") { $0.row(0).contains("Search: procurement") && $0.row(14).contains("Alt-→ forward") }
        XCTAssertTrue(tmux.capture().row(14).contains("? help") && tmux.capture().row(14).contains("q quit"), "\(tmux.capture())")
        tmux.send("?")
        try tmux.waitFor("help") { $0.row(13).hasSuffix("Help") }
        // Page down until the line shows: how many pages come before it depends on the keymap.
        try tmux.waitFor("a long help line whole, wrapped at a word", timeout: 12) { screen in
            let found = screen.lines.contains { $0.hasSuffix("previous page of this section") || $0.hasSuffix("previous page of this") }
            if !found { tmux.send("NPage") }
            return found
        }
        XCTAssertFalse(tmux.capture().contains("secti\n"), "\(tmux.capture())")
        tmux.send("q")
        try tmux.waitFor("help closed") { !$0.row(13).hasSuffix("Help") }
        try tmux.quitAndAssertRestored()
    }
}

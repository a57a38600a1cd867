import Foundation
import XCTest

/// The journey from the issue, end to end in a real terminal (tmux): menu, case studies, a case
/// study, a link followed and come back from, a resize down and up, and quitting cleanly.
final class JourneyTests: TmuxTestCase {
    private let pageHints = " ↑↓ scroll  PgDn page  Tab links  Enter follow  ← back  / search  ? help  q quit"

    func testMenuToCaseStudyLinkBackResizeAndQuit() throws {
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkit()

        // The menu.
        let menu = try tmux.waitFor("Case studies of purpose-aligned partnerships", "1 of 6")
        XCTAssertEqual(menu.lines.count, 24, "\(menu)")
        XCTAssertEqual(menu.row(0), " Toolkit", "\(menu)")
        XCTAssertEqual(menu.row(23), " ↑↓ move  Enter open  1-9 pick  ← back  / search  ? help  q quit", "\(menu)")
        XCTAssertEqual(tmux.display("#{alternate_on}"), "1", "curses should draw on the alternate screen")

        // 1 opens the case studies menu.
        tmux.send("1")
        let caseStudies = try tmux.waitFor("the case-studies menu") {
            // Three cases, then "What next?": five other sections and the toolkit menu.
            $0.row(0).hasPrefix(" Toolkit › 1 of 6 · Case studies") && $0.contains("1 of 9")
        }
        XCTAssertTrue(caseStudies.contains("  Case studies of purpose-aligned partnerships"), "\(caseStudies)")
        XCTAssertTrue(caseStudies.contains("1  Leicestershire's Children's Innovation Partnership"), "\(caseStudies)")

        // Down twice selects the third item, scrolling to it; Enter opens it.
        tmux.send("Down", "Down")
        let third = try tmux.waitFor("the third item selected") { $0.row(22).hasSuffix("3 of 9") }
        XCTAssertTrue(third.contains("3  The Plymouth Alliance: supporting people with complex needs"), "\(third)")
        tmux.send("Enter")
        let plymouth = try tmux.waitFor("the Plymouth case study") {
            $0.row(0).hasPrefix(" Toolkit › Case studies › 3 of 3 · Plymouth") && $0.row(22).hasSuffix("Top")
        }
        XCTAssertEqual(plymouth.row(1), "  The Plymouth Alliance: supporting people with complex needs", "\(plymouth)")
        XCTAssertEqual(plymouth.row(23), pageHints, "\(plymouth)")

        // Tab selects the first link (scrolling to it); the status line names its destination.
        tmux.send("Tab")
        try tmux.waitFor("the first link selected") {
            $0.row(22).hasPrefix(" → Glossary of abbreviations") && !$0.row(22).hasSuffix("Top")
        }
        let beforeFollowing = tmux.settledCapture()
        XCTAssertTrue(beforeFollowing.contains("Legal route: The competitive procedure with negotiation"),
                      "the link's sentence should be on screen\(beforeFollowing)")

        // Enter follows it.
        tmux.send("Enter")
        let overview = try tmux.waitFor("the linked page") {
            $0.row(0).hasPrefix(" Toolkit › Tools › 6 of 6 · Glossary") && $0.row(22).hasSuffix("Top")
        }
        XCTAssertEqual(overview.row(1), "  Glossary of abbreviations", "\(overview)")
        XCTAssertTrue(overview.row(22).hasSuffix("Top"), "\(overview)")

        // Left comes back to exactly the screen we left: same scroll, same link, same breadcrumb.
        tmux.send("Left")
        _ = try tmux.waitFor("the case study again, as it was") { $0.row(0).contains("3 of 3 · Plymouth") }
        let settledBack = tmux.settledCapture()
        XCTAssertEqual(Array(settledBack.lines.dropFirst().dropLast()), Array(beforeFollowing.lines.dropFirst().dropLast()),
                       "Back should restore the page exactly; before following:\(beforeFollowing)\nafter Back:\(settledBack)")
        XCTAssertEqual(settledBack.row(23), " ↑↓ scroll  PgDn page  Tab links  Enter follow  Alt-→ forward  ? help  q quit",
                       "after Back the footer offers Forward, keeping help and quit\(settledBack)")

        // Resize down to 40x12: everything is laid out again for 40 columns.
        tmux.resize(width: 40, height: 12)
        try tmux.waitFor("the 40x12 layout") {
            $0.lines.count == 12 && $0.row(11) == " Alt-→ forward  ? help  q quit"
        }
        let narrow = tmux.settledCapture()
        assertLaidOut(narrow, width: 40, height: 12, margin: 1)
        XCTAssertTrue(narrow.row(0).hasPrefix(" Toolkit › Case studies › 3 of 3"), "\(narrow)")
        XCTAssertTrue(narrow.row(10).hasPrefix(" → Glossary of abbreviations"), "the link stays selected\(narrow)")

        // And back up to 80x24: no leftovers of the narrow screen.
        tmux.resize(width: 80, height: 24)
        try tmux.waitFor("the 80x24 layout again") { $0.lines.count == 24 && $0.row(23).hasSuffix("Alt-→ forward  ? help  q quit") }
        let wide = tmux.settledCapture()
        assertLaidOut(wide, width: 80, height: 24, margin: 2)
        XCTAssertTrue(wide.row(0).hasPrefix(" Toolkit › Case studies › 3 of 3 · Plymouth"), "\(wide)")
        XCTAssertTrue(wide.row(22).hasPrefix(" → Glossary of abbreviations"), "\(wide)")
        XCTAssertTrue(wide.lines[1...21].contains { $0.count > 41 }, "the text should be re-wrapped wide again\(wide)")

        // q quits: exit 0, terminal modes as before, the shell's screen back.
        try tmux.quitAndAssertRestored()
    }

    /// Checks a page screen is wholly drawn for this size: breadcrumb on top, hints at the
    /// bottom, the status line's position flush right, and every body line inside the text
    /// column with the margin for this width (a leftover from another size would not be).
    private func assertLaidOut(_ screen: Screen, width: Int, height: Int, margin: Int,
                               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(screen.lines.count, height, "rows\(screen)", file: file, line: line)
        for (index, row) in screen.lines.enumerated() {
            XCTAssertLessThanOrEqual(row.count, width, "row \(index) is wider than the window\(screen)", file: file, line: line)
        }
        XCTAssertTrue(screen.row(0).hasPrefix(" Toolkit › "), "breadcrumb\(screen)", file: file, line: line)
        let status = screen.row(height - 2)
        XCTAssertEqual(status.count, width - 1, "the position should end one column from the right edge\(screen)", file: file, line: line)
        XCTAssertTrue(status.hasSuffix("%"), "status position\(screen)", file: file, line: line)
        let textWidth = min(100, width - 2 * margin)
        let indent = String(repeating: " ", count: margin)
        for index in 1...(height - 3) {
            let row = screen.row(index)
            guard !row.isEmpty else { continue }
            XCTAssertTrue(row.hasPrefix(indent) && (margin == 0 || row.count > margin),
                          "row \(index) lacks the \(margin)-column margin\(screen)", file: file, line: line)
            XCTAssertLessThanOrEqual(row.count, margin + textWidth, "row \(index) is wider than the text column\(screen)",
                                     file: file, line: line)
        }
    }
}

import Foundation
import XCTest

/// The search issue's journey in the real binary: search, open a result, `n` across pages, back
/// to the results and to the start, forward again, quit; and the place remembered between runs.
final class SearchJourneyTests: TmuxTestCase {
    func testSearchOpenStepAcrossPagesBackForwardQuit() throws {
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkit()
        try tmux.waitFor("Case studies of purpose-aligned partnerships", "1 of 6")
        tmux.type("/plymouth")
        let typed = try tmux.waitFor("the results as typed") { $0.row(1).contains(" matches in ") && $0.row(22).hasPrefix(" /plymouth") }
        let pages = try XCTUnwrap(typed.row(1).split(separator: " ").dropFirst(3).first.flatMap { Int($0) }, typed.row(1))
        tmux.send("Enter")
        try tmux.waitFor("the first result at its first match") {
            $0.row(0).hasPrefix(" Toolkit › Case studies › 3 of 3 · Plymouth") && $0.row(22).contains("match 1 of") && $0.row(22).contains("page 1 of \(pages)")
        }
        let matchesOnFirstPage = try XCTUnwrap(Int(tmux.capture().row(22).split(separator: " ").drop { $0 != "of" }.dropFirst().first ?? ""))
        for _ in 0..<matchesOnFirstPage { tmux.send("n") }
        try tmux.waitFor("the second result's first match") { $0.row(22).contains("match 1 of") && $0.row(22).contains("page 2 of \(pages)") }
        tmux.send("Left")
        try tmux.waitFor("back on the first result") { $0.row(22).contains("page 1 of \(pages)") }
        tmux.send("Left")
        try tmux.waitFor("the results list") { $0.row(0).contains("Search: plymouth") && $0.row(22).hasSuffix("1 of \(pages)") }
        tmux.send("Left")
        try tmux.waitFor("where the search started") { $0.row(0).hasPrefix(" Toolkit ") && $0.row(22).hasSuffix("1 of 6") }
        tmux.send("L")
        try tmux.waitFor("forward to the results") { $0.row(0).contains("Search: plymouth") }
        try tmux.quitAndAssertRestored()
    }

    func testThePlaceIsRememberedUnlessFresh() throws {
        let tmux = try startTmux(width: 80, height: 24)
        let state = ["XDG_STATE_HOME": tmux.file("state").path]
        try tmux.startToolkit(environment: state)
        try tmux.waitFor("Case studies of purpose-aligned partnerships", "1 of 6")
        tmux.send("2")
        tmux.send("2")
        try tmux.waitFor("corrective 2") { $0.row(0).contains("3 of 6") && $0.row(0).contains("Corrective 2") }
        tmux.send("NPage")
        try tmux.waitFor("scrolled") { !$0.row(22).hasSuffix("Top") }
        let before = tmux.settledCapture()
        tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit().status, 0)

        try tmux.startToolkit(environment: state)
        let reopened = try tmux.waitFor("the same page at the same place") { $0.row(0).contains("Corrective 2") }
        XCTAssertEqual(reopened.lines[1..<22], before.lines[1..<22], "\(reopened)")
        XCTAssertTrue(reopened.row(22).hasPrefix(" Reopened where you left off: press u twice for the toolkit menu."), "\(reopened)")
        tmux.send("Escape")
        let settled = try tmux.waitFor("the notice gone at the first key") { !$0.contains("Reopened") }
        XCTAssertEqual(settled.lines[1..<23], before.lines[1..<23], "\(settled)")
        tmux.send("u")
        tmux.send("u")
        try tmux.waitFor("the menu, as the notice said") { $0.row(0).hasPrefix(" Toolkit") && $0.row(22).hasSuffix("2 of 6") }
        tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit().status, 0)

        try tmux.startToolkit(["--fresh"], environment: state)
        let menu = try tmux.waitFor("the menu") { $0.row(0).hasPrefix(" Toolkit") && $0.row(22).hasSuffix("1 of 6") }
        XCTAssertFalse(menu.contains("Reopened"), "\(menu)")
        tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit().status, 0)
    }
}

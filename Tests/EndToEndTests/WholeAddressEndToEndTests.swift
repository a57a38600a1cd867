import Foundation
import XCTest

/// Web addresses can be copied whole: printed, a line holding one runs past the width rather than
/// split it; on screen, the `=` screen gives each on a row of its own.
final class WholeAddressEndToEndTests: TmuxTestCase {
    private let page = "case-studies/oldham-social-prescribing"

    /// The page's sources as `show` lists them, one `• URL` line each.
    private func sources(width: Int) throws -> [String] {
        let result = try Run.process(try ToolkitBinary.path(), ["show", page, "--width", "\(width)"], environment: Run.cleanEnvironment())
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdoutText.split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(of: "Sources") else { return [] }
        return lines[start...].prefix { $0 != "References" }.filter { $0.hasPrefix("• http") }.map { String($0.dropFirst(2)) }
    }

    func testShowPrintsEverySourceWholeAtAnyWidth() throws {
        let wide = try sources(width: 120)
        XCTAssertGreaterThan(wide.count, 3)
        XCTAssertTrue(wide.contains { $0.count > 40 }, "some address is wider than 40 columns: \(wide)")
        XCTAssertEqual(try sources(width: 40), wide, "at 40 columns each address is still whole on its line")
    }

    func testAt80ColumnsTheInfoScreenScrollsToEverySourceAndEveryOneThatFitsIsWhole() throws {
        let expected = try sources(width: 120)
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkit([page], environment: ["XDG_STATE_HOME": tmux.file("state").path])
        try tmux.waitFor("the page") { $0.row(0).contains("Oldham") }
        tmux.send("=")
        var seen = try tmux.waitFor("the info screen") { $0.row(22).hasSuffix("Info") || $0.row(22).hasSuffix("Info · Top") }.lines
        if !tmux.capture().row(22).hasSuffix("Info") {
            tmux.send("End")
            seen += try tmux.waitFor("the end of the info screen") { $0.row(22).hasSuffix("Info · Bot") }.lines
        }
        let rows = Set(seen.map { $0.trimmingCharacters(in: .whitespaces) })
        for address in expected where address.count <= 80 {
            XCTAssertTrue(rows.contains(address), "\(address) whole on a row: \(seen.joined(separator: "\n"))")
        }
        tmux.send("Escape")
        try tmux.waitFor("the page again") { $0.row(22).hasSuffix("Top") }
        try tmux.quitAndAssertRestored()
    }

    func testTheInfoScreenShowsEverySourceWholeInAWideWindow() throws {
        let expected = try sources(width: 120)
        let tmux = try startTmux(width: 140, height: 40)
        try tmux.startToolkit([page], environment: ["XDG_STATE_HOME": tmux.file("state").path])
        try tmux.waitFor("the page") { $0.row(0).contains("Oldham") }
        tmux.send("=")
        let screen = try tmux.waitFor("the info screen") { $0.row(38).hasSuffix("Info") }
        for address in expected {
            XCTAssertTrue(screen.lines.contains { $0.trimmingCharacters(in: .whitespaces) == address }, "\(address) whole on a row: \(screen)")
        }
        tmux.send("Escape")
        try tmux.waitFor("the page again") { $0.row(38).hasSuffix("Top") }
        try tmux.quitAndAssertRestored()
    }
}

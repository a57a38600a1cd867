import Foundation
import XCTest

/// `toolkit --mouse` in a real xterm: a click with the real mouse protocol opens the item under
/// the pointer, and the wheel moves the selection and scrolls a page. Screenshots of each step
/// go to a temporary folder (never into git), to look at when a test fails.
final class XtermMouseTests: TmuxTestCase {
    private var xterm: XtermSession?
    private var shots: URL!

    override func setUpWithError() throws {
        try super.setUpWithError()
        shots = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-xterm-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
    }

    override func tearDown() {
        xterm?.kill()
        xterm = nil
        super.tearDown()
    }

    /// The toolkit with the mouse on, in tmux, shown by a real xterm.
    private func startInXterm() throws -> (TmuxSession, XtermSession) {
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkit(["--mouse"])
        try tmux.waitFor("Case studies of purpose-aligned partnerships", "1 of 6")
        let xterm = try XtermSession(attachingTo: tmux)
        self.xterm = xterm
        try tmux.waitFor("the menu at xterm's size") { $0.lines.count == 24 && $0.contains("1 of 6") }
        return (tmux, xterm)
    }

    private func row(of text: String, in screen: Screen) throws -> Int {
        guard let row = screen.lines.firstIndex(where: { $0.contains(text) }) else { throw HarnessError("\(text) is not on screen\(screen)") }
        return row
    }

    func testClickingAnItemOpensIt() throws {
        let (tmux, xterm) = try startInXterm()
        let menu = tmux.settledCapture()
        let shot = try xterm.screenshot(to: shots.appendingPathComponent("menu.png"))
        XCTAssertGreaterThan((try? FileManager.default.attributesOfItem(atPath: shot.path)[.size] as? Int) ?? 0, 1000, "a screenshot")
        try xterm.click(column: 12, row: try row(of: "9 Key Principles for working", in: menu))
        try tmux.waitFor("the principles menu opened by the click") { $0.row(0).contains("3 of 6 · 9 Principles") }
        try xterm.screenshot(to: shots.appendingPathComponent("clicked.png"))
        try tmux.quitAndAssertRestored()
    }

    func testTheWheelMovesTheSelectionAndScrollsAPage() throws {
        let (tmux, xterm) = try startInXterm()
        let menu = tmux.settledCapture()
        let middle = try row(of: "Tools, Resources", in: menu)
        try xterm.click(column: 20, row: middle, button: 5)
        try xterm.click(column: 20, row: middle, button: 5)
        try tmux.waitFor("the selection two items down") { $0.lines.contains { $0.hasPrefix("› 3  9 Key Principles") } }
        try xterm.click(column: 20, row: middle, button: 4)
        try tmux.waitFor("the selection one item up") { $0.lines.contains { $0.hasPrefix("› 2  5 Fundamental") } }
        tmux.send("Enter")
        tmux.send("Enter")
        let top = try tmux.waitFor("the correctives' overview, at its top") { $0.row(0).contains("Overview") && $0.row(22).hasSuffix("Top") }
        try xterm.click(column: 20, row: 10, button: 5)
        let scrolled = try tmux.waitFor("the page scrolled by the wheel") { !$0.row(22).hasSuffix("Top") }
        XCTAssertEqual(scrolled.row(1), top.row(4), "one turn of the wheel scrolls three lines\(scrolled)")
        try xterm.screenshot(to: shots.appendingPathComponent("scrolled.png"))
        try tmux.quitAndAssertRestored()
    }
}

import Foundation
import XCTest

/// A resize storm (issue 7): the window is resized 200 times to random sizes between 1x1 and
/// 200x60 while keys arrive, 100 times on the toolkit menu and 100 times on a page. The toolkit
/// must survive, and back at 80x24 the screen must be exactly right: every line inside the window,
/// the breadcrumb, position and hint line intact, nothing left over from another size (a full
/// repaint with Ctrl-L changes nothing), and the menu exactly as it was before the storm.
///
/// The keys never leave the screen they start on (moving, paging, Tab, help opened and closed,
/// redraws), so where the reader ends is known whatever order keys and resizes are handled in.
/// Home and End are sent as `g` and `G`: tmux sends ESC [1~ and ESC [4~ for them, which the
/// toolkit does not decode under TERM=xterm-256color (see HARDENING.md).
/// The sizes come from a fixed seed (`RESIZE_STORM_SEED` to try another), named in failures.
final class ResizeStormTests: TmuxTestCase {
    /// A fixed generator, so a failing storm can be replayed.
    private struct Random {
        var state: UInt64
        mutating func next(_ range: ClosedRange<Int>) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return range.lowerBound + Int((state >> 33) % UInt64(range.count))
        }
    }

    func testTwoHundredResizesWhileKeysArrive() throws {
        let seed = ProcessInfo.processInfo.environment["RESIZE_STORM_SEED"].flatMap { UInt64($0) } ?? 20_261_127
        var random = Random(state: seed)
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkit()
        try tmux.waitFor("the menu") { $0.row(0).hasPrefix(" Toolkit") && $0.row(22).hasSuffix("1 of 6") && $0.row(23).hasSuffix("q quit") }
        let menu = tmux.settledCapture()

        let menuKeys: [[String]] = [["Down"], ["Up"], ["j"], ["k"], ["NPage"], ["PPage"], ["G"], ["g"], ["C-l"],
                                    ["?", "Escape"], ["?", "j", "NPage", "Escape"], ["Escape"]]
        try storm(tmux, count: 100, keys: menuKeys, random: &random, seed: seed, phase: "menu")
        tmux.send("Escape")
        tmux.send("g")
        try checkAt80x24(tmux, seed: seed, phase: "menu")
        let afterMenuStorm = try tmux.waitFor("the menu exactly as before the storm (seed \(seed))", timeout: 20) { $0.text == menu.text }
        XCTAssertEqual(afterMenuStorm.text, menu.text)

        // The first case study: a page with links, scrolled and re-wrapped.
        tmux.send("1")
        try tmux.waitFor("the case studies") { $0.row(0).contains("1 of 6 · Case studies") && $0.row(22).hasSuffix("1 of 9") }
        tmux.send("Enter")
        let page = try tmux.waitFor("the first case study") { $0.row(0).contains("1 of 3 ·") && $0.row(22).hasSuffix("Top") }
        let pageKeys: [[String]] = [["Down"], ["Up"], ["j"], ["k"], ["NPage"], ["PPage"], ["G"], ["g"], ["C-l"], ["Tab"],
                                    ["BTab"], ["?", "Escape"], ["Escape"], ["Space"], ["b"]]
        try storm(tmux, count: 100, keys: pageKeys, random: &random, seed: seed, phase: "page")
        tmux.send("Escape")
        tmux.send("g")
        try checkAt80x24(tmux, seed: seed, phase: "page")
        let afterPageStorm = tmux.settledCapture()
        XCTAssertEqual(afterPageStorm.row(0), page.row(0), "breadcrumb after the storm on the page (seed \(seed))\(afterPageStorm)")
        XCTAssertEqual(afterPageStorm.row(23), page.row(23), "hint line after the storm on the page (seed \(seed))\(afterPageStorm)")
        XCTAssertEqual(afterPageStorm.row(1), page.row(1), "the title on the first row (seed \(seed))\(afterPageStorm)")

        // Back twice: the menu as at the start (bar the "forward" mark the breadcrumb shows and
        // the footer's Forward key).
        tmux.send("Left")
        try tmux.waitFor("the case studies again") { $0.row(22).hasSuffix("1 of 9") }
        tmux.send("Left")
        let back = try tmux.waitFor("the menu again") { $0.row(22).hasSuffix("1 of 6") && !$0.row(0).contains("›") }
        XCTAssertEqual(Array(back.lines.dropFirst().dropLast()), Array(menu.lines.dropFirst().dropLast()), "the menu after both storms\(back)\nat the start:\(menu)")
        XCTAssertTrue(back.row(23).contains("Alt-→ forward") && back.row(23).hasSuffix("? help  q quit"), "\(back)")

        tmux.send("q")
        let record = try tmux.waitForExit(timeout: 15)
        XCTAssertEqual(record.status, 0, "the toolkit should quit normally after the storm (seed \(seed))")
        try tmux.assertTerminalRestored(record)
    }

    /// `count` resizes to random sizes (the first ones 1x1, 200x60, 19x5 and 20x6), each followed
    /// by a random group of `keys`; every 25 resizes, waits until that size is drawn right.
    private func storm(_ tmux: TmuxSession, count: Int, keys: [[String]], random: inout Random, seed: UInt64, phase: String) throws {
        let fixed = [(1, 1), (200, 60), (19, 5), (20, 6)]
        for index in 0..<count {
            let (width, height) = index < fixed.count ? fixed[index] : (random.next(1...200), random.next(1...60))
            tmux.resize(width: width, height: height)
            for key in keys[random.next(0...(keys.count - 1))] { tmux.send(key) }
            if index % 25 == 24 {
                let screen = try tmux.waitFor("the \(phase) drawn for \(width)x\(height) mid-storm (seed \(seed))", timeout: 15) { screen in
                    guard screen.lines.count == height, screen.lines.allSatisfy({ $0.count <= width }) else { return false }
                    if width >= 20 && height >= 6 { return screen.row(0).hasPrefix(" Toolkit") && !screen.row(height - 1).isEmpty }
                    return screen.text.contains("too small") || screen.text.contains("Too small") || screen.text.contains("20x6") || width * height < 12
                }
                XCTAssertEqual(screen.lines.count, height)
            }
        }
        tmux.resize(width: 80, height: 24)
    }

    /// At 80x24: every row inside the window, breadcrumb and hints in place, the position flush
    /// right, and a full repaint (Ctrl-L) draws exactly the same screen.
    private func checkAt80x24(_ tmux: TmuxSession, seed: UInt64, phase: String) throws {
        let screen = try tmux.waitFor("the \(phase) at 80x24 after the storm (seed \(seed))", timeout: 20) {
            $0.lines.count == 24 && $0.row(0).hasPrefix(" Toolkit") && $0.row(23).hasSuffix("q quit")
        }
        for (index, row) in screen.lines.enumerated() {
            XCTAssertLessThanOrEqual(row.count, 80, "row \(index) wider than the window (\(phase), seed \(seed))\(screen)")
        }
        XCTAssertEqual(screen.row(22).count, 79, "the position should end one column from the right edge (\(phase), seed \(seed))\(screen)")
        // The repaint must really happen: wait until the clear sequence has been written.
        let output = tmux.file("repaint-\(phase)-\(seed).out")
        try tmux.pipePane(to: output)
        tmux.send("C-l")
        try tmux.waitForOutput("\u{1B}[2J", in: output)
        try tmux.pipePane(to: nil)
        let repainted = tmux.settledCapture()
        XCTAssertEqual(screen.text, repainted.text, "Ctrl-L changed the screen: leftovers of the storm (\(phase), seed \(seed));\nbefore:\(screen)\nafter:\(repainted)")
    }
}

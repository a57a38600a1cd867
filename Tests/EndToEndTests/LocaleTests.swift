import Foundation
import XCTest

/// In a locale that is not UTF-8 the screen is ASCII: no mojibake from arrows, rules, bullets or
/// accented letters.
final class LocaleTests: TmuxTestCase {
    func testCLocaleDrawsInASCII() throws {
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkit(["case-studies/plymouth-alliance"], environment: ["LANG": "C", "LC_ALL": "C"])
        let screen = try tmux.waitFor("the page in ASCII") { $0.row(0).hasPrefix(" Toolkit > Case studies > 3 of 3 - Plymouth") }
        XCTAssertTrue(screen.row(23).hasPrefix(" Up/Down scroll"), "\(screen)")
        XCTAssertTrue(screen.contains("* Who:"), "bullets are asterisks\(screen)")
        XCTAssertFalse(screen.text.unicodeScalars.contains { $0.value > 0x7E }, "only ASCII on screen\(screen)")
        // The money comes a screen down, after what E3M's case-studies page says of the alliance.
        tmux.send("NPage")
        let money = try tmux.waitFor("the money in ASCII") { $0.contains("GBP 7.7m") }
        XCTAssertFalse(money.text.unicodeScalars.contains { $0.value > 0x7E }, "only ASCII on screen\(money)")
        try tmux.quitAndAssertRestored()
    }
}

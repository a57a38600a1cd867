import Catalog
@testable import Layout
import TestSupport
import XCTest

final class TextLayoutTests: XCTestCase {
    private func wrapped(_ text: String, width: Int) -> [String] {
        TextWrapper.wrap([Inline(text)], width: width, base: .text).map { $0.map(\.text).joined() }
    }

    func testWrapsAtSpacesWithinTheWidth() {
        XCTAssertEqual(wrapped("the quick brown fox jumps", width: 10), ["the quick", "brown fox", "jumps"])
    }

    func testBreaksWordsLongerThanALine() {
        XCTAssertEqual(wrapped("abcdefghij xy", width: 4), ["abcd", "efgh", "ij", "xy"])
    }

    func testWidthOneNeverLoops() {
        XCTAssertEqual(wrapped("ab c", width: 1), ["a", "b", "c"])
    }

    func testWideCharactersCountTwoColumns() {
        XCTAssertEqual(DisplayWidth.of("日本語"), 6)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
        XCTAssertEqual(wrapped("日本語 日本", width: 5), ["日本", "語", "日本"])
        XCTAssertEqual(wrapped("日本", width: 1), ["?", "?"], "a character wider than the line is shown as a one-column stand-in")
    }

    func testPunctuationStaysWithTheWordBeforeIt() {
        let inlines = [Inline("see "), Inline("bold", emphasis: .strong), Inline(", then more")]
        let lines = TextWrapper.wrap(inlines, width: 8, base: .text).map { $0.map(\.text).joined() }
        XCTAssertEqual(lines, ["see", "bold,", "then", "more"])
    }

    func testHardBreaksStartANewLine() {
        XCTAssertEqual(TextWrapper.wrap([Inline("one"), Inline("\n"), Inline("two")], width: 20, base: .text).count, 2)
    }

    func testTruncationEndsInAnEllipsis() {
        XCTAssertEqual(DisplayWidth.truncate("Social value intrinsic", to: 10, ellipsis: "…"), "Social va…")
        XCTAssertEqual(DisplayWidth.truncate("short", to: 10, ellipsis: "…"), "short")
        XCTAssertEqual(DisplayWidth.truncate("abc", to: 1, ellipsis: "..."), "a")
    }

    func testASCIIFoldingKeepsTextReadable() {
        XCTAssertEqual(ASCIIFolding.fold("Café — “£7.7m” naïve…"), "Cafe -- \"GBP 7.7m\" naive...")
        XCTAssertEqual(Glyphs.ascii.text("Ørsted’s"), "Orsted's")
    }
}

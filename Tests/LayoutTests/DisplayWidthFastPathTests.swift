@testable import Layout
import XCTest

/// The byte walk that measures common text (issue 8) gives the same widths as measuring each
/// grapheme cluster.
final class DisplayWidthFastPathTests: XCTestCase {
    private func characterWidth(_ text: String) -> Int {
        text.reduce(0) { $0 + DisplayWidth.of($1) }
    }

    private var simpleScalars: [Unicode.Scalar] {
        (0...0x10FFFF).lazy.filter { DisplayWidth.isSimple(UInt32($0)) }.compactMap { Unicode.Scalar(UInt32($0)) }
    }

    func testEverySimpleCharacterIsOneColumnAndStandsAlone() {
        XCTAssertFalse(simpleScalars.isEmpty)
        for scalar in simpleScalars {
            let alone = String(scalar)
            XCTAssertEqual(DisplayWidth.of(Character(scalar)), 1, "U+\(String(scalar.value, radix: 16))")
            for pair in ["a" + alone, alone + "a", alone + alone, "\n" + alone, alone + "\n"] {
                XCTAssertEqual(pair.count, 2, "U+\(String(scalar.value, radix: 16)) joins a neighbour")
                XCTAssertEqual(DisplayWidth.of(pair), characterWidth(pair), "U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    func testMixedTextMeasuresAsItsCharacters() {
        let samples = [
            "• item", "───────", "“quoted” — dash… ›", "café naïve", "a\r\nb•", "tab\there", "•\r\n",
            "東京 and •", "e\u{301} accent", "👍🏽 thumbs", "flag 🇬🇧", "soft\u{AD}hyphen", "zero\u{200B}width",
            "→ ← ↔", "│ ┼ ═", "", "plain ascii", "control \u{1}", "\r\n",
        ]
        for text in samples {
            XCTAssertEqual(DisplayWidth.of(text), text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.count : characterWidth(text), text.debugDescription)
        }
    }
}

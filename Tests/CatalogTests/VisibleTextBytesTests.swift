@testable import Catalog
import XCTest

/// Text is checked for escapes sixteen bytes at a time with the rest padded, so a byte to
/// escape must be caught at every place in a run, on either side of each sixteen-byte boundary.
final class VisibleTextBytesTests: XCTestCase {
    /// One of each kind of character `needsEscaping` flags, and how it must come out.
    private let escapes: [(String, String)] = [
        ("\u{1B}", "^["), ("\u{00}", "^@"), ("\u{1F}", "^_"), ("\t", " "), ("\r", "^M"), ("\u{7F}", "^?"),
        ("\u{85}", "<U+0085>"), ("\u{9B}", "<U+009B>"), ("\u{202E}", "<U+202E>"), ("\u{2066}", "<U+2066>"),
    ]

    func testAByteToEscapeIsFoundAtEveryPlace() {
        for length in 0...40 {
            for place in 0...length {
                for (character, shown) in escapes {
                    let before = String(repeating: "a", count: place), after = String(repeating: "b", count: length - place)
                    XCTAssertEqual(VisibleText.make(before + character + after), before + shown + after,
                                   "\(shown) after \(place) of \(length) bytes")
                    XCTAssertEqual(madeFromBytes(before + character + after), before + shown + after,
                                   "\(shown) after \(place) of \(length) bytes, from bytes")
                }
            }
        }
    }

    func testTextWithNothingToEscapeIsKept() {
        for length in 0...40 {
            let text = String(repeating: "é\nx—", count: length)
            XCTAssertEqual(VisibleText.make(text), text)
            XCTAssertEqual(madeFromBytes(text), text)
        }
    }

    func testInvalidUTF8IsRepairedAsAStringWouldBe() {
        let runs: [[UInt8]] = [[0xFF], [0x61, 0xC2], [0xE2, 0x80], [0xC0, 0x80, 0x1B], Array(repeating: 0x61, count: 20) + [0xED, 0xA0, 0x80]]
        for bytes in runs {
            let made = bytes.withUnsafeBufferPointer { VisibleText.make(utf8: $0) }
            XCTAssertEqual(made, VisibleText.make(String(decoding: bytes, as: UTF8.self)), "\(bytes)")
        }
    }

    private func madeFromBytes(_ text: String) -> String {
        Array(text.utf8).withUnsafeBufferPointer { VisibleText.make(utf8: $0) }
    }
}

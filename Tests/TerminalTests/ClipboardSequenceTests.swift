@testable import Terminal
import XCTest

/// OSC 52 as written: base64 by RFC 4648's vectors, the sequence's frame, its tmux passthrough
/// form, and which terminals are told.
final class ClipboardSequenceTests: XCTestCase {
    private func base64(_ text: String) -> String { String(decoding: ClipboardSequence.base64(Array(text.utf8)), as: UTF8.self) }

    func testBase64MatchesTheRFCVectors() {
        let vectors = ["": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "fooba": "Zm9vYmE=", "foobar": "Zm9vYmFy"]
        for (text, encoded) in vectors { XCTAssertEqual(base64(text), encoded, text) }
        XCTAssertEqual(base64("é’"), "w6nigJk=", "UTF-8 bytes")
    }

    func testTheSequenceIsEscBracket52ThenBase64ThenBel() {
        XCTAssertEqual(String(decoding: ClipboardSequence.osc52("foobar"), as: UTF8.self), "\u{1B}]52;c;Zm9vYmFy\u{07}")
    }

    func testInsideTmuxThePassthroughDoublesEachEscape() {
        XCTAssertEqual(String(decoding: ClipboardSequence.tmuxPassthrough("foo"), as: UTF8.self), "\u{1B}Ptmux;\u{1B}\u{1B}]52;c;Zm9v\u{07}\u{1B}\\")
    }

    func testHostileTextTravelsOnlyAsBase64() {
        let hostile = "a\u{07}\u{1B}]52;c;QUFB\u{07}\u{1B}\\\u{9C}\u{9D}b"
        let sequence = ClipboardSequence.osc52(hostile)
        XCTAssertEqual(sequence.filter { $0 == 0x1B }.count, 1, "one ESC: the sequence's own")
        XCTAssertEqual(sequence.filter { $0 == 0x07 }.count, 1, "one BEL: the sequence's own, at the end")
        XCTAssertEqual(sequence.last, 0x07)
        let payload = sequence.dropFirst(7).dropLast()
        XCTAssertTrue(payload.allSatisfy { $0 < 0x80 && (Character(UnicodeScalar($0)).isLetter || Character(UnicodeScalar($0)).isNumber || "+/=".utf8.contains($0)) })
    }

    func testWhichTerminalsAreTold() {
        for term in ["xterm-256color", "xterm", "screen-256color", "tmux-256color", "alacritty", "foot", "xterm-kitty", "rxvt-unicode"] {
            XCTAssertTrue(ClipboardSequence.isSupported(term: term, insideTmux: false), term)
        }
        for term in ["linux", "vt100", "vt220", "dumb", "ansi"] {
            XCTAssertFalse(ClipboardSequence.isSupported(term: term, insideTmux: false), term)
        }
        XCTAssertFalse(ClipboardSequence.isSupported(term: nil, insideTmux: false))
        XCTAssertTrue(ClipboardSequence.isSupported(term: "linux", insideTmux: true), "tmux takes OSC 52 whatever TERM says")
    }
}

import CNcursesw
import Navigation
@testable import Terminal
import XCTest

/// What an Esc means given what follows it at once (`KeyDecoder.event(afterEscape:pushBack:)`).
final class KeyDecoderTests: XCTestCase {
    /// Decodes an Esc followed by `following`, returning the event, what was left unread and what
    /// was given back.
    private func decode(_ following: [KeyDecoder.Input]) -> (event: Event?, unread: [KeyDecoder.Input], givenBack: [KeyDecoder.Input]) {
        var queue = following[...]
        var givenBack: [KeyDecoder.Input] = []
        let event = KeyDecoder.event(afterEscape: { queue.popFirst() }, pushBack: { givenBack.append($0) })
        return (event, Array(queue), givenBack)
    }

    private func characters(_ text: String) -> [KeyDecoder.Input] {
        text.unicodeScalars.map { .character($0.value) }
    }

    func testALoneEscIsEscape() {
        let decoded = decode([])
        XCTAssertEqual(decoded.event, .key(.escape))
        XCTAssertEqual(decoded.givenBack, [])
    }

    func testUnknownSequencesAreSwallowedWhole() {
        for sequence in ["[201~", "[1;5A", "[25~", "[2 q", "[?1;2c", "OQ", "Ox", "[1;3D", "[M"] {
            let decoded = decode(characters(sequence) + characters("j"))
            XCTAssertNil(decoded.event, sequence)
            XCTAssertEqual(decoded.unread, characters("j"), "\(sequence): the key after it should be read next")
            XCTAssertEqual(decoded.givenBack, [], sequence)
        }
    }

    func testABracketedPasteIsOneEventWithItsLineBreaksAndEscapes() {
        let decoded = decode(characters("[200~Line one\nné 宽\u{1b}[31m\u{1b}[201~") + characters("j"))
        XCTAssertEqual(decoded.event, .pasted("Line one\nné 宽\u{1b}[31m"), "the text as pasted: the note editor makes it safe")
        XCTAssertEqual(decoded.unread, characters("j"), "the key after the paste is read next")
        XCTAssertEqual(decode(characters("[200~cut sh") + [.keyCode(KEY_DOWN)]).event, .pasted("cut sh"),
                       "a paste whose end never comes is what arrived, function keys dropped")
    }

    func testAltRightAsASequenceOrAsEscBeforeRight() {
        XCTAssertEqual(decode(characters("[1;3C")).event, .key(.altRight))
        XCTAssertEqual(decode([.keyCode(KEY_RIGHT)]).event, .key(.altRight))
        XCTAssertNil(decode(characters("O1;3C")).event, "only the CSI form is Alt-→")
    }

    func testEscBeforeAnythingElseIsEscapeAndGivesItBack() {
        for following: KeyDecoder.Input in [.character(0x6A), .character(0x1B), .keyCode(KEY_LEFT), .keyCode(KEY_RESIZE)] {
            let decoded = decode([following, .character(0x6B)])
            XCTAssertEqual(decoded.event, .key(.escape), "\(following)")
            XCTAssertEqual(decoded.givenBack, [following])
            XCTAssertEqual(decoded.unread, [.character(0x6B)])
        }
    }

    func testASequenceBrokenOffIsDroppedAndWhatBrokeItIsGivenBack() {
        XCTAssertNil(decode(characters("[1;5")).event, "cut short by the end of input")
        let interrupted = decode(characters("[20") + [.keyCode(KEY_DOWN), .character(0x6A)])
        XCTAssertNil(interrupted.event)
        XCTAssertEqual(interrupted.givenBack, [.keyCode(KEY_DOWN)])
        XCTAssertEqual(interrupted.unread, characters("j"))
        XCTAssertEqual(decode(characters("[2\u{1b}")).givenBack, [.character(0x1B)])
    }
}

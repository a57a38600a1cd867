import Sharing
import XCTest

/// A follower may say only a few things, each written exactly one way.
final class AttendeeMessageTests: XCTestCase {
    func testEachMessageReadsBackFromItsLine() {
        for message: AttendeeMessage in [.notes, .hand(raised: true), .hand(raised: false), .answer(question: 1, choice: 1), .answer(question: 9999, choice: 4)] {
            XCTAssertEqual(AttendeeMessage.parse(Array(message.line.utf8)), message, message.line)
        }
    }

    func testAnythingElseIsNotAMessage() {
        let refused = ["", "notes ", " notes", "NOTES", "hand", "hand sideways", "hand up now", "answer 1", "answer 1 0",
                       "answer 01 2", "answer 1 -2", "answer 1 +2", "answer 12345 1", "answer 1 2 3", "answer  1 2",
                       "answer x 1", "\u{1B}[2Jnotes", "hello", "slide principles 1 0"]
        for line in refused {
            XCTAssertNil(AttendeeMessage.parse(Array(line.utf8)), line.debugDescription)
        }
    }
}

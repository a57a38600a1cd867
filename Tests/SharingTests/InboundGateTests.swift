import Sharing
import XCTest

/// Whole, short, known lines at a few a second get through; everything else is dropped and counted.
final class InboundGateTests: XCTestCase {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    func testWholeLinesBecomeMessagesAndAHalfLineWaitsForItsEnd() {
        var gate = InboundGate()
        XCTAssertEqual(gate.messages(from: bytes("hand up\nansw"), at: 0), [.hand(raised: true)])
        XCTAssertEqual(gate.messages(from: bytes("er 2 1\n"), at: 0), [.answer(question: 2, choice: 1)])
        XCTAssertEqual(gate.dropped, 0)
    }

    func testAnOverLongLineIsDroppedWholeEvenWhenItEndsInAMessage() {
        var gate = InboundGate()
        let long = String(repeating: "x", count: 10_000) + "hand up\n"
        XCTAssertEqual(gate.messages(from: bytes(long), at: 0), [])
        XCTAssertEqual(gate.dropped, 1)
        XCTAssertEqual(gate.messages(from: bytes("hand up\n"), at: 0), [.hand(raised: true)], "the next line is read as usual")
    }

    func testGarbageIsDroppedAndCounted() {
        var gate = InboundGate()
        XCTAssertEqual(gate.messages(from: bytes("rm -rf /\n\u{1B}]52;c;aGk=\u{07}\nanswer 1 0\n"), at: 0), [])
        XCTAssertEqual(gate.dropped, 3)
    }

    func testAFloodIsCutToTheBurstThenToTheRate() {
        var gate = InboundGate()
        let flood = String(repeating: "hand up\n", count: 100)
        XCTAssertEqual(gate.messages(from: bytes(flood), at: 0).count, InboundGate.burst)
        XCTAssertEqual(gate.dropped, 100 - InboundGate.burst)
        XCTAssertEqual(gate.messages(from: bytes(flood), at: 200).count, 1, "a fifth of a second later, one more")
        XCTAssertEqual(gate.messages(from: bytes(flood), at: 10_200).count, InboundGate.burst, "after a quiet spell, a burst again, never more")
    }

    func testALineLeftUnfinishedIsCountedWhenTheFollowerGoes() {
        var gate = InboundGate()
        _ = gate.messages(from: bytes("hand u"), at: 0)
        gate.close()
        XCTAssertEqual(gate.dropped, 1)
    }
}

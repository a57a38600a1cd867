import Sharing
import XCTest

final class LineFramerTests: XCTestCase {
    func testLinesSplitAcrossReadsAreJoined() {
        var framer = LineFramer(maximumLength: 100)
        XCTAssertEqual(framer.lines(from: Array("slide corr".utf8)), [])
        XCTAssertEqual(framer.lines(from: Array("ectives 2 0\npage a 5".utf8)), ["slide correctives 2 0"])
        XCTAssertEqual(framer.lines(from: Array("00\n".utf8)), ["page a 500"])
    }

    func testALineOverTheLimitIsCutAndItsRestDropped() {
        var framer = LineFramer(maximumLength: 4)
        XCTAssertEqual(framer.lines(from: Array("abcdefghij".utf8)), ["abcd"])
        XCTAssertEqual(framer.lines(from: Array("klmnop\nend\n".utf8)), ["end"])
    }

    func testInvalidUTF8IsReplacedNotPassedOn() {
        var framer = LineFramer(maximumLength: 100)
        XCTAssertEqual(framer.lines(from: [0x61, 0xFF, 0x62, 0x0A]), ["a\u{FFFD}b"])
    }
}

@testable import Catalog
import XCTest

final class PresenterNotesTests: XCTestCase {
    func testANotesCommentGivesItsParagraphs() {
        XCTAssertEqual(PresenterNotes.paragraphs(in: "<!-- notes\nAsk the room.\nThen wait.\n\nShow Plymouth.\n-->\n"),
                       ["Ask the room. Then wait.", "Show Plymouth."])
        XCTAssertEqual(PresenterNotes.paragraphs(in: "<!--notes: One line. -->"), ["One line."])
        XCTAssertNil(PresenterNotes.paragraphs(in: "<!-- notebook -->"), "only the word notes opens notes")
        XCTAssertNil(PresenterNotes.paragraphs(in: "<!-- a comment -->"))
    }

    func testRemovingNotesKeepsEveryOtherByte() {
        let markdown = "Intro.\r\n\r\n<!-- notes\r\nSecret.\r\n-->\r\n\r\nMore.\n  <!-- notes: also secret -->\nEnd, with <!-- notes inline --> kept.\n"
        XCTAssertEqual(PresenterNotes.removed(from: markdown), "Intro.\r\n\r\n\r\nMore.\nEnd, with <!-- notes inline --> kept.\n")
        XCTAssertEqual(PresenterNotes.removed(from: "No notes, no final line break"), "No notes, no final line break")
    }
}

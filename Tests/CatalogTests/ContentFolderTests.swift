import Catalog
import Foundation
import XCTest

final class ContentFolderTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-content-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("section"), withIntermediateDirectories: true)
        try "---\ntitle: Root\n---\n".write(to: folder.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        try "---\ntitle: Section\n---\n".write(to: folder.appendingPathComponent("section/index.md"), atomically: true, encoding: .utf8)
        try "not content".write(to: folder.appendingPathComponent("section/notes.txt"), atomically: true, encoding: .utf8)
        try "hidden".write(to: folder.appendingPathComponent(".hidden.md"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    func testReadsMarkdownFilesWithRelativePaths() throws {
        let result = try ContentFolder.read(folder.path)
        XCTAssertEqual(result.files.map(\.path), ["index.md", "section/index.md"])
        XCTAssertEqual(result.problems, [])
    }

    func testInvalidUTF8BecomesReplacementCharacters() throws {
        try Data([0x2D, 0x2D, 0x2D, 0x0A] + Array("title: A\u{0A}---\u{0A}".utf8) + [0xFF, 0xFE, 0x0A])
            .write(to: folder.appendingPathComponent("bad.md"))
        let file = try ContentFolder.read(folder.path).files.first { $0.path == "bad.md" }
        XCTAssertEqual(file?.text.hasSuffix("\u{FFFD}\u{FFFD}\n"), true)
    }

    func testMissingFolderAndFileInsteadOfFolder() {
        XCTAssertThrowsError(try ContentFolder.read(folder.path + "/nope")) { error in
            XCTAssertEqual(error as? ContentFolder.Failure, .notFound(folder.path + "/nope"))
        }
        XCTAssertThrowsError(try ContentFolder.read(folder.path + "/index.md")) { error in
            XCTAssertEqual(error as? ContentFolder.Failure, .notAFolder(folder.path + "/index.md"))
        }
    }
}

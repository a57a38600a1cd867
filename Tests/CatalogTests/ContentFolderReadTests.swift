import Catalog
import Foundation
import XCTest

/// Files are read straight into their strings (issue 8): the text must be what decoding the
/// file's bytes gives, whatever their size and however broken their UTF-8.
final class ContentFolderReadTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    func testTextIsTheDecodedBytesForSmallLargeEmptyAndBrokenFiles() throws {
        let header = Array("---\ntitle: A\n---\n".utf8)
        let samples: [String: [UInt8]] = [
            "empty.md": [],
            "small.md": header + Array("Café • naïve\n".utf8),
            "large.md": header + Array(repeating: Array("Words and more words, é and 東.\n".utf8), count: 9_000).flatMap { $0 },
            "broken.md": header + [0xE2, 0x80, 0x0A, 0xFF, 0xC3] + Array(repeating: 0x61, count: 70_000) + [0xF0, 0x9F],
        ]
        for (name, bytes) in samples {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        let files = try ContentFolder.read(folder.path).files
        XCTAssertEqual(files.map(\.path), samples.keys.sorted())
        for file in files {
            XCTAssertEqual(file.text, String(decoding: samples[file.path]!, as: UTF8.self), file.path)
        }
    }
}

import Foundation
import XCTest

/// Compares text with a stored snapshot file next to the calling test, in `Snapshots/NAME.txt`.
/// With `RECORD_SNAPSHOTS=1` in the environment it writes the file instead (and fails, so a
/// recording run is never mistaken for a passing one).
public func assertSnapshot(_ text: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let folder = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Snapshots")
    let url = folder.appendingPathComponent(name + ".txt")
    let content = text + "\n"
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? content.write(to: url, atomically: true, encoding: .utf8)
        XCTFail("recorded snapshot \(name); run again without RECORD_SNAPSHOTS to check it", file: file, line: line)
        return
    }
    guard let stored = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("no snapshot \(url.path); record it with RECORD_SNAPSHOTS=1 swift test", file: file, line: line)
        return
    }
    guard stored != content else { return }
    let storedLines = stored.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = content.split(separator: "\n", omittingEmptySubsequences: false)
    let firstDifference = zip(storedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(storedLines.count, actualLines.count)
    XCTFail("""
        snapshot \(name) differs at line \(firstDifference + 1); actual:
        \(content)
        (re-record on purpose with RECORD_SNAPSHOTS=1 swift test)
        """, file: file, line: line)
}

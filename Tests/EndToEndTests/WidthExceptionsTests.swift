import Foundation
import XCTest

/// Each code point whose width the layout takes from the C library, and each deliberate exception
/// (`DisplayWidthOracleTests`), drawn by the real binary in tmux inside a table: the column rule
/// after every sample lands in the same terminal column as the header's, so nothing after a wide,
/// zero-width or unprintable character is drawn shifted.
final class WidthExceptionsTests: TmuxTestCase {
    /// The samples: what the table's first cell holds, what it is, and what tmux shows for it.
    private static let samples: [(text: String, what: String, shown: String)] = [
        ("abc", "plain text", "abc"),
        ("\u{2764}\u{FE0F}", "heart and VS16", "\u{2764}\u{FE0F}"),
        ("\u{1F44D}\u{1F3FD}", "thumb and skin tone", "\u{1F44D}\u{1F3FD}"),
        ("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", "family, joiners dropped", "\u{1F468}\u{1F469}\u{1F467}"),
        ("\u{1F1EC}\u{1F1E7}", "flag", "\u{1F1EC}\u{1F1E7}"),
        ("e\u{301}", "combining accent", "e\u{301}"),
        ("\u{FE10}", "U+FE10", "\u{FE10}"),
        ("\u{A960}", "U+A960", "\u{A960}"),
        ("\u{1B000}", "U+1B000", "\u{1B000}"),
        ("\u{16FE0}", "U+16FE0", "\u{16FE0}"),
        ("\u{17000}", "U+17000", "\u{17000}"),
        ("\u{1F210}", "U+1F210", "\u{1F210}"),
        ("x\u{378}y", "unassigned as ?", "x?y"),
        ("x\u{AD}y", "soft hyphen", "x\u{AD}y"),
        ("\u{1100}\u{1161}", "Hangul jamo", "\u{1100}\u{1161}"),
        ("a\u{1}b", "control as ^A", "a^Ab"),
        ("\u{202E}ab", "bidi as notation", "<U+202E>ab"),
    ]

    func testEverySampleLeavesTheColumnRuleInPlace() throws {
        let tmux = try startTmux(width: 80, height: 30)
        let folder = tmux.directory.appendingPathComponent("widths")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "---\ntitle: Root\n---\nA root.\n".write(to: folder.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        let rows = Self.samples.map { "| \($0.text) | \($0.what) |" }.joined(separator: "\n")
        try "---\ntitle: Widths\norder: 1\n---\n| Sample | What |\n|---|---|\n\(rows)\n"
            .write(to: folder.appendingPathComponent("widths.md"), atomically: true, encoding: .utf8)
        try tmux.startToolkit(["--content", folder.path, "widths"])
        try tmux.waitFor("Sample", "bidi as notation")
        let screen = tmux.capture()

        func ruleColumn(_ what: String) throws -> Int {
            let row = try XCTUnwrap(screen.lines.firstIndex { $0.contains("│ \(what)") }, "the row of \(what)\(screen)")
            return try tmux.column(of: "│", onRow: row)
        }
        let header = try ruleColumn("What")
        for sample in Self.samples {
            XCTAssertEqual(try ruleColumn(sample.what), header, "the rule after \(sample.what)\(screen)")
            XCTAssertTrue(screen.lines.contains { $0.contains(sample.shown + " ") }, "\(sample.what) is shown as \(sample.shown)\(screen)")
        }
        try tmux.quitAndAssertRestored()
    }
}

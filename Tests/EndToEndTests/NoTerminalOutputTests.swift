import Foundation
import XCTest

/// Without a terminal (`toolkit | cat`, `toolkit correctives > file`, CI with no stdin) the toolkit
/// prints the page as plain text: no escape sequences at all, even when TERM names a capable
/// terminal, and a one-line note on standard error.
final class NoTerminalOutputTests: XCTestCase {
    private let escape: UInt8 = 0x1B

    func testMenuThroughAPipeIsPlainText() throws {
        let result = try Run.process(try ToolkitBinary.path(), [], environment: Run.cleanEnvironment(["TERM": "xterm-256color"]))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.uncaughtSignal)
        XCTAssertFalse(result.stdout.contains(escape), "ESC in piped output:\n\(result.stdoutText)")
        assertOnlyPrintable(result.stdout)
        let text = result.stdoutText
        for item in [
            "From Procurement to Partnership: a Practical Toolkit for Commissioners",
            "1  Case studies of purpose-aligned partnerships",
            "2  5 Fundamental Correctives for Public Service Reform",
            "3  9 Key Principles for working with purpose-aligned partners",
            "5  Your questions answered",
        ] {
            XCTAssertTrue(text.contains(item), "missing \"\(item)\" in:\n\(text)")
        }
        XCTAssertFalse(text.contains("q quit"), "no curses chrome in plain text:\n\(text)")
        XCTAssertTrue(text.hasSuffix("\n"))
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "one note on stderr: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("not a terminal"), result.stderr)
    }

    func testPageRedirectedToAFileIsPlainText() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-e2e-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try Run.process(try ToolkitBinary.path(), ["correctives"],
                                     environment: Run.cleanEnvironment(["TERM": "xterm-256color"]), stdoutFile: output)
        XCTAssertEqual(result.status, 0, result.stderr)
        let bytes = try Data(contentsOf: output)
        XCTAssertFalse(bytes.contains(escape), "ESC in redirected output")
        assertOnlyPrintable(bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("5 Fundamental Correctives for Public Service Reform\n"), text)
        for item in [
            "0  Overview: the five correctives",
            "1  Corrective 1: Commissioning shapes local ecosystems",
            "5  Corrective 5: Partnership should replace transaction",
        ] {
            XCTAssertTrue(text.contains(item), "missing \"\(item)\" in:\n\(text)")
        }
        XCTAssertTrue(result.stderr.contains("not a terminal"), result.stderr)
    }

    func testPlainTextFollowsCOLUMNS() throws {
        let result = try Run.process(try ToolkitBinary.path(), [],
                                     environment: Run.cleanEnvironment(["TERM": "xterm-256color", "COLUMNS": "40"]))
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdoutText.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertGreaterThan(lines.count, 10)
        for line in lines {
            // A web address is never split, so its line may be wider (as in lynx -dump).
            if !line.contains("https://") { XCTAssertLessThanOrEqual(line.count, 40, "wider than COLUMNS=40: \(line)") }
            XCTAssertFalse(line.hasSuffix(" "), "trailing space: '\(line)'")
        }
        XCTAssertFalse(result.stdout.contains(escape))
    }

    /// No control characters but newlines: nothing a terminal or a file viewer would interpret.
    private func assertOnlyPrintable(_ bytes: Data, file: StaticString = #filePath, line: UInt = #line) {
        let text = String(decoding: bytes, as: UTF8.self)
        let control = text.unicodeScalars.first { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
        XCTAssertNil(control, "control character U+\(String(control?.value ?? 0, radix: 16)) in output", file: file, line: line)
        XCTAssertFalse(text.contains("\u{FFFD}"), "invalid UTF-8 in output", file: file, line: line)
    }
}

import Foundation
import XCTest

/// The HTML handout printed by a real browser: headless Chromium prints it to PDF, and poppler's
/// tools read the PDF back. Without them the test is skipped (see `OptionalTool`).
final class HandoutPrintTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-handout-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
        super.tearDown()
    }

    func testChromiumPrintsEveryPageOnNumberedA4SheetsWithTheContentsFirstAndEachSectionStartingAPage() throws {
        let tools = try OptionalTool.paths([
            OptionalTool("chromium", "chromium-browser", "google-chrome", package: "chromium"),
            OptionalTool("pdfinfo", package: "poppler-utils"), OptionalTool("pdftotext", package: "poppler-utils"),
        ])
        let (chromium, pdfinfo, pdftotext) = (tools[0], tools[1], tools[2])
        let binary = try ToolkitBinary.path()
        let handout = folder.appendingPathComponent("handout.html")
        let shown = try Run.process(binary, ["show", "--all", "--format", "html"], environment: Run.cleanEnvironment(), stdoutFile: handout)
        XCTAssertEqual(shown.status, 0, shown.stderr)

        let pdf = folder.appendingPathComponent("handout.pdf")
        try runChromium(chromium, ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", handout.absoluteString])
        let info = try Spawn.run(pdfinfo, [pdf.path], environment: Run.cleanEnvironment())
        XCTAssertEqual(info.status, 0, info.stderr)
        XCTAssertTrue(info.stdoutText.contains("(A4)"), "printed on A4\n\(info.stdoutText)")
        let pages = info.stdoutText.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0

        let text = folder.appendingPathComponent("handout.txt")
        let converted = try Spawn.run(pdftotext, [pdf.path, text.path], environment: Run.cleanEnvironment())
        XCTAssertEqual(converted.status, 0, converted.stderr)
        let printed = try String(contentsOf: text, encoding: .utf8)
        let printedPages = printed.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { Self.flattened(String($0)) }
        let everything = Self.flattened(printed)

        let titles = try menuTree(binary)
        let version = try Run.process(binary, ["--version"], environment: Run.cleanEnvironment())
        XCTAssertTrue(version.stdoutText.contains("\(titles.count) pages"), "the tree lists every page of the built-in toolkit: \(version.stdoutText)")
        for entry in titles {
            XCTAssertTrue(everything.contains(Self.flattened(entry.title)), "\(entry.title) is in the PDF")
        }
        // A section (a page with pages under it) starts a printed page: its numbered title is
        // the first thing on some page.
        let sections = titles.filter(\.isMenu)
        for section in sections {
            let heading = Self.flattened((section.number.isEmpty ? "" : section.number + " ") + section.title)
            XCTAssertTrue(printedPages.contains { $0.hasPrefix(heading) }, "\(heading) starts a page")
        }
        XCTAssertGreaterThanOrEqual(pages, sections.count + 1, "the contents, then at least a page per section")
        // Every sheet is numbered, and the first holds the title and the whole contents.
        let sheets = printedPages.filter { !$0.isEmpty }
        XCTAssertEqual(sheets.count, pages)
        for (index, sheet) in sheets.enumerated() {
            XCTAssertTrue(sheet.contains("Page \(index + 1) of \(pages)"), "sheet \(index + 1) is numbered: \(sheet.suffix(200))")
        }
        let first = sheets.first ?? ""
        XCTAssertTrue(first.hasPrefix(Self.flattened(titles[0].title)), "the title opens the first sheet: \(first.prefix(200))")
        XCTAssertTrue(first.contains("Contents"), "the contents are on the first sheet: \(first.prefix(300))")
        if let last = titles.last {
            XCTAssertTrue(first.contains(Self.flattened(last.number + " " + last.title)), "the whole contents, down to \(last.title), fit on the first sheet")
        }
        XCTAssertLessThanOrEqual(pages, 80, "readable, not one line per page")
        print("handout: \(try Data(contentsOf: handout).count) bytes of HTML, \(pages) A4 pages, \(try Data(contentsOf: pdf).count) bytes of PDF")

        let screenshot = try screenshotFolder().appendingPathComponent("handout.png")
        try? FileManager.default.removeItem(at: screenshot)
        try runChromium(chromium, ["--hide-scrollbars", "--window-size=1000,1400", "--screenshot=\(screenshot.path)", handout.absoluteString])
        XCTAssertGreaterThan((try? Data(contentsOf: screenshot).count) ?? 0, 10_000, "a screenshot for a human to look at, in \(screenshot.path)")
    }

    func testChromiumPrintsAFilledInWorkbook() throws {
        let tools = try OptionalTool.paths([
            OptionalTool("chromium", "chromium-browser", "google-chrome", package: "chromium"), OptionalTool("pdftotext", package: "poppler-utils"),
        ])
        let (chromium, pdftotext) = (tools[0], tools[1])
        let binary = try ToolkitBinary.path()
        let environment = Run.cleanEnvironment(["XDG_DATA_HOME": folder.path])
        for (item, answer, note) in [("1", "no", "two-year contracts <so far>"), ("3", "yes", "since 2024"), ("4", "na", "")] {
            let answered = try Run.process(binary, ["workbook", "answer", "tools/partnership-checklist", item, answer, "--note", note], environment: environment)
            XCTAssertEqual(answered.status, 0, answered.stderr)
        }
        let gone = folder.appendingPathComponent("gone.json")
        try Data(#"{"format": "toolkit-workbook", "version": 1, "answers": [{"page": "tools/old", "item": "Do we still ask this?", "answer": "partly", "changed": 0}]}"#.utf8).write(to: gone)
        XCTAssertEqual(try Run.process(binary, ["workbook", "import", gone.path, "--as", "printed"], environment: environment).status, 0)
        XCTAssertEqual(try Run.process(binary, ["workbook", "answer", "tools/partnership-checklist", "2", "partly", "--workbook", "printed"], environment: environment).status, 0)
        let page = folder.appendingPathComponent("workbook.html")
        XCTAssertEqual(try Run.process(binary, ["workbook", "show", "--format", "html"], environment: environment, stdoutFile: page).status, 0)
        let pdf = folder.appendingPathComponent("workbook.pdf")
        try runChromium(chromium, ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString])
        let text = folder.appendingPathComponent("workbook.txt")
        XCTAssertEqual(try Spawn.run(pdftotext, [pdf.path, text.path], environment: Run.cleanEnvironment()).status, 0)
        let printed = Self.flattened(try String(contentsOf: text, encoding: .utf8))
        for expected in ["3 of 28 items answered", "[✗] Do we plan the service", "Note: two-year contracts <so far>", "[✓] Do we bring",
                         "[–] Do we organise", "[ ] Do we know what the service"] {
            XCTAssertTrue(printed.contains(expected), "\(expected) in the printed workbook:\n\(printed.prefix(600))")
        }
        let other = folder.appendingPathComponent("printed.html")
        XCTAssertEqual(try Run.process(binary, ["workbook", "show", "printed", "--format", "html"], environment: environment, stdoutFile: other).status, 0)
        let otherPDF = folder.appendingPathComponent("printed.pdf")
        try runChromium(chromium, ["--no-pdf-header-footer", "--print-to-pdf=\(otherPDF.path)", other.absoluteString])
        XCTAssertEqual(try Spawn.run(pdftotext, [otherPDF.path, text.path], environment: Run.cleanEnvironment()).status, 0)
        let printedOther = Self.flattened(try String(contentsOf: text, encoding: .utf8))
        XCTAssertTrue(printedOther.contains("Answers to items no longer in the toolkit [~] Do we still ask this? (partly) (tools/old, 1970-01-01 00:00 UTC)"), printedOther)

        let screenshot = try screenshotFolder().appendingPathComponent("workbook.png")
        try? FileManager.default.removeItem(at: screenshot)
        try runChromium(chromium, ["--hide-scrollbars", "--window-size=1000,1400", "--screenshot=\(screenshot.path)", page.absoluteString])
        XCTAssertGreaterThan((try? Data(contentsOf: screenshot).count) ?? 0, 10_000, "a screenshot for a human to look at, in \(screenshot.path)")
    }

    /// Runs headless Chromium with a profile of its own, given two minutes at most.
    private func runChromium(_ chromium: String, _ arguments: [String]) throws {
        let profile = folder.appendingPathComponent("profile")
        var environment = Run.cleanEnvironment(["HOME": folder.path])
        environment["LANG"] = "C.UTF-8"
        let result = try Spawn.run("/usr/bin/timeout", ["120", chromium, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)"] + arguments,
                                   environment: environment)
        XCTAssertEqual(result.status, 0, "chromium \(arguments): \(result.stderr.suffix(2000))")
    }

    /// The built-in toolkit's pages as `toolkit tree` lists them: number, title, whether a menu.
    private func menuTree(_ binary: String) throws -> [(number: String, title: String, isMenu: Bool)] {
        let tree = try Run.process(binary, ["tree"], environment: Run.cleanEnvironment())
        XCTAssertEqual(tree.status, 0, tree.stderr)
        let lines = tree.stdoutText.split(separator: "\n").map(String.init)
        return lines.enumerated().map { index, line in
            let entry = line.drop { "├└│─ ".contains($0) }
            let withoutID = entry.range(of: "  (", options: .backwards).map { String(entry[..<$0.lowerBound]) } ?? String(entry)
            let parts = withoutID.components(separatedBy: "  ")
            let number = parts.count > 1 && parts[0].allSatisfy({ $0.isNumber || $0 == "." }) ? parts[0] : ""
            let title = number.isEmpty ? withoutID : parts.dropFirst().joined(separator: "  ")
            let depth = line.prefix { "├└│─ ".contains($0) }.count
            let nextDepth = index + 1 < lines.count ? lines[index + 1].prefix { "├└│─ ".contains($0) }.count : 0
            return (number, title, nextDepth > depth)
        }
    }

    /// Where the screenshot goes: `test-artifacts/` in the package, which git ignores.
    private func screenshotFolder() throws -> URL {
        let package = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let artifacts = package.appendingPathComponent("test-artifacts")
        try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        return artifacts
    }

    /// Text with every run of white space as one space and typographic quotes made plain, as a
    /// PDF's text may break lines anywhere.
    private static func flattened(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{2019}", with: "'").split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

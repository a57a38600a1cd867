import Catalog
import Foundation
import Layout
import Navigation
import Rendering
import XCTest

/// Hostile content (issue 7) is shown harmlessly everywhere: on every screen of every page
/// (scrolled through, with every link selected and followed, with help open), in plain output,
/// and in every error message. "Harmless" is `firstHarmfulScalar`: no ESC, no C0 control but
/// newline, no C1 control (U+0080-U+009F, so no 8-bit CSI U+009B) and no bidi control.
final class HostileContentTests: XCTestCase {
    /// The hostile toolkit, written to disk with its raw-byte pages and read back with
    /// `ContentFolder.read` (so invalid UTF-8 goes the way it goes in the product).
    private static let fixture: (folder: URL, catalog: Catalog) = {
        do {
            let folder = try HostileContent.writeFolder()
            let read = try ContentFolder.read(folder.path)
            precondition(read.problems.isEmpty, "reading the hostile folder: \(read.problems)")
            switch CatalogLoader.load(read.files) {
            case let .success(loaded): return (folder, loaded)
            case let .failure(problems): preconditionFailure("the hostile toolkit should load:\n\(problems)")
            }
        } catch {
            preconditionFailure("cannot write or read the hostile folder: \(error)")
        }
    }()

    private static var catalog: Catalog { fixture.catalog }

    override class func tearDown() {
        try? FileManager.default.removeItem(at: fixture.folder)
        super.tearDown()
    }

    private func assertHarmless(_ text: String, _ what: @autoclosure () -> String, file: StaticString = #filePath, line: UInt = #line) {
        if let harm = firstHarmfulScalar(in: text) {
            XCTFail("\(what()): \(harm)", file: file, line: line)
        }
    }

    private func assertHarmless(_ screen: Screen, _ what: @autoclosure () -> String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(screen.rows.count, screen.size.rows, "\(what()): row count", file: file, line: line)
        for (index, row) in screen.rows.enumerated() {
            let width = row.reduce(0) { $0 + $1.width }
            XCTAssertLessThanOrEqual(width, screen.size.columns, "\(what()): row \(index) too wide", file: file, line: line)
            for span in row where firstHarmfulScalar(in: span.text) != nil || span.text.contains("\n") {
                XCTFail("\(what()): row \(index): \(firstHarmfulScalar(in: span.text) ?? "a newline in a span")", file: file, line: line)
                return
            }
        }
    }

    func testTheHostileToolkitHasEveryPage() {
        let ids = Set(Self.catalog.pages.keys.map(\.path))
        for id in ["", "evil", "evil/escapes", "evil/loop-a", "evil/loop-b", "evil/long-words", "evil/deep", "evil/big",
                   "bytes", "bytes/invalid", "bytes/nul", "bytes/bom", "bytes/cr"] {
            XCTAssertTrue(ids.contains(id), "page \(id) missing; have \(ids.sorted())")
        }
    }

    /// The escapes are shown, not dropped: the reader can see that the content holds them.
    func testEscapesAreMadeVisible() {
        let text = PlainText(catalog: Self.catalog, width: 200, glyphs: .unicode).page(PageID("evil/escapes"))
        XCTAssertTrue(text.contains("^[]0;pwned^G"), text)
        XCTAssertTrue(text.contains("<U+009B>2J"), text)
        XCTAssertTrue(text.contains("<U+202E>gnp.exe"), text)
        let invalid = PlainText(catalog: Self.catalog, width: 200, glyphs: .unicode).page(PageID("bytes/invalid"))
        XCTAssertTrue(invalid.contains("\u{FFFD}"), "invalid UTF-8 should show as U+FFFD:\n\(invalid)")
        XCTAssertTrue(invalid.contains("<U+009B>2J^[]0;pwned^G"), invalid)
    }

    func testPlainOutputOfEveryPageIsHarmless() {
        for id in Self.catalog.pagesInMenuOrder {
            for width in [80, 20, 1] where id.path != "evil/big" || width == 80 {
                // The 1 MB page once (Unicode at 80 columns): it alone takes longer than the rest.
                for glyphs in id.path == "evil/big" ? [Glyphs.unicode] : [Glyphs.unicode, Glyphs.ascii] {
                    let text = PlainText(catalog: Self.catalog, width: width, glyphs: glyphs).page(id)
                    assertHarmless(text, "plain text of \(id) at \(width) columns (\(glyphs.foldsText ? "ASCII" : "Unicode"))")
                }
            }
        }
    }

    /// Every page at several sizes, scrolled from top to bottom a screen at a time, then every
    /// link selected with Tab (and its destination shown), then the help screen.
    func testEveryScreenOfEveryPageIsHarmless() {
        let sizes = [Size(columns: 80, rows: 24), Size(columns: 300, rows: 100), Size(columns: 20, rows: 6),
                     Size(columns: 33, rows: 9), Size(columns: 1, rows: 1)]
        for id in Self.catalog.pagesInMenuOrder {
            for size in sizes where id.path != "evil/big" || size == Size(columns: 80, rows: 24) {
                for glyphs in size.columns == 80 && id.path != "evil/big" ? [Glyphs.unicode, Glyphs.ascii] : [Glyphs.unicode] {
                    var state = State(catalog: Self.catalog, size: size, glyphs: glyphs, start: id)
                    assertHarmless(render(state), "\(id) at \(size)")
                    var screens = 0
                    while screens < 100_000 {
                        let next = reduce(state, .key(.pageDown)).state
                        if next.place == state.place { break }
                        state = next
                        screens += 1
                        assertHarmless(render(state), "\(id) at \(size), screen \(screens)")
                    }
                    state = reduce(state, .key(.home)).state
                    for tab in 0..<300 {
                        let next = reduce(state, .key(state.page.isMenu ? .down : .tab)).state
                        if next.place == state.place { break }
                        state = next
                        assertHarmless(render(state), "\(id) at \(size), link or item \(tab)")
                    }
                    state = reduce(state, .key(.character("?"))).state
                    assertHarmless(render(state), "\(id) at \(size), help")
                }
            }
        }
    }

    /// Following every link of every page (internal or web), at 80x24: the page reached or the
    /// web-link notice is harmless, and Back returns.
    func testFollowingEveryLinkIsHarmless() {
        for id in Self.catalog.pagesInMenuOrder {
            let start = State(catalog: Self.catalog, size: Size(columns: 80, rows: 24), start: id)
            for index in start.document.targets.indices.prefix(200) {
                var state = start
                var tabs = 0
                while state.place.focus != index && tabs < 400 {
                    state = reduce(state, .key(state.page.isMenu ? .down : .tab)).state
                    tabs += 1
                }
                guard state.place.focus == index else { continue }
                let followed = reduce(state, .key(.enter)).state
                assertHarmless(render(followed), "\(id): following target \(index)")
                if let notice = followed.notice { assertHarmless(notice, "\(id): notice for target \(index)") }
                let back = reduce(followed, .key(.left)).state
                assertHarmless(render(back), "\(id): back from target \(index)")
            }
        }
    }

    /// a → b → a → ... 200 times, then Back 200 times: every screen is harmless, the history
    /// is exact, and the reader ends where they began.
    func testLinkLoopsGoRoundAndBackWithoutEnd() throws {
        var state = State(catalog: Self.catalog, size: Size(columns: 80, rows: 24), start: PageID("evil/loop-a"))
        let start = state
        for hop in 0..<200 {
            // The first link of each page leads to the other one.
            state = reduce(state, .key(.home)).state
            state = reduce(state, .key(.tab)).state
            let from = state.place.id
            state = reduce(state, .key(.enter)).state
            XCTAssertNotEqual(state.place.id, from, "hop \(hop) should change page")
            XCTAssertEqual(state.history.count, hop + 1)
            assertHarmless(render(state), "hop \(hop)")
        }
        for _ in 0..<200 { state = reduce(state, .key(.backspace)).state }
        XCTAssertEqual(state.place.id, start.place.id)
        XCTAssertTrue(state.history.isEmpty)
    }

    func testDeepNestingLaysOutAtEveryWidth() {
        let page = Self.catalog[PageID("evil/deep")]
        for width in [1, 2, 10, 40, 80, 100] {
            let document = PageLayout(width: width, glyphs: .unicode).document(for: page)
            XCTAssertFalse(document.lines.isEmpty)
            for line in document.lines {
                XCTAssertLessThanOrEqual(line.width, width, "deep nesting at \(width)")
            }
        }
    }

    func testTheMegabytePageLoadsAndLaysOutInReasonableTime() throws {
        let text = HostileContent.bigPage()
        XCTAssertGreaterThanOrEqual(text.utf8.count, 1_000_000)
        let started = Date()
        let loaded = try XCTUnwrap(try? CatalogLoader.load([
            SourceFile(path: "index.md", text: "---\ntitle: Root\n---\n"),
            SourceFile(path: "evil/index.md", text: "---\ntitle: Evil\n---\n"),
            SourceFile(path: "evil/big.md", text: text),
            SourceFile(path: "evil/loop-a.md", text: "---\ntitle: A\n---\n"),
            SourceFile(path: "evil/loop-b.md", text: "---\ntitle: B\n---\n"),
        ]).get())
        let loading = Date().timeIntervalSince(started)
        var state = State(catalog: loaded, size: Size(columns: 80, rows: 24), start: PageID("evil/big"))
        state = reduce(state, .key(.end)).state
        state = reduce(state, .resized(Size(columns: 40, rows: 12))).state
        assertHarmless(render(state), "the 1 MB page at its end")
        let total = Date().timeIntervalSince(started)
        print("1 MB page: loaded in \(String(format: "%.2f", loading)) s, loaded + laid out twice in \(String(format: "%.2f", total)) s")
        XCTAssertLessThan(total, 60, "a 1 MB page should not take a minute")
    }

    /// Every problem the loader reports for hostile files reads harmlessly, and still names the
    /// file and quotes the text visibly.
    func testEveryErrorMessageIsHarmless() {
        guard case let .failure(problems) = CatalogLoader.load(HostileContent.problemFiles()) else {
            return XCTFail("the problem files should not load")
        }
        XCTAssertGreaterThanOrEqual(problems.problems.count, 10, problems.description)
        for problem in problems.problems {
            assertHarmless(problem.description, "problem \(problem.description.debugDescription)")
            XCTAssertFalse(problem.description.contains("\n"), "a problem is one line: \(problem.description.debugDescription)")
        }
        assertHarmless(problems.description, "all problems")
        XCTAssertTrue(problems.description.contains("file ^[]0;pwned^G <U+009B>2J <U+202E>.md"), problems.description)
        XCTAssertTrue(problems.description.contains("must be a mapping"), problems.description)
    }

    /// Folder names and file names with escapes and invalid UTF-8, read from disk.
    func testHostileFileNamesOnDiskAreShownHarmlessly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-hostile-names-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let names: [[UInt8]] = [
            Array("index.md".utf8),
            Array("a\u{1b}]0;pwned\u{07}.md".utf8),
            [0x62, 0xFF, 0xC0, 0x9B, 0x2E, 0x6D, 0x64],                 // b, invalid bytes, .md
            Array("c\u{202E}dm.txt.md".utf8),
            Array("d\u{9b}2J".utf8) + [0x2F],                            // a folder
        ]
        // Write with raw bytes: FileManager would re-encode the names.
        func create(_ relative: [UInt8], _ contents: String, directory: Bool = false) {
            let path = Array(folder.path.utf8) + [0x2F] + relative + [0]
            path.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cPath in
                    if directory {
                        _ = mkdir(cPath, 0o755)
                    } else {
                        let fd = open(cPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                        if fd >= 0 {
                            _ = contents.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
                            close(fd)
                        }
                    }
                }
            }
        }
        create(names[0], "---\ntitle: Root\n---\n")
        create(names[1], "---\ntitle: [a]\n---\n")
        create(names[2], "no front matter")
        create(names[3], "---\ntitle: x\nbad: 1\n---\n")
        create(Array(names[4].dropLast()), "", directory: true)
        create(Array(names[4].dropLast()) + [0x2F] + Array("page.md".utf8), "---\ntitle: orphan \\e\n---\n[x](\u{1b}.md)\n")
        let read = try ContentFolder.read(folder.path)
        for problem in read.problems { assertHarmless(problem.description, "reading: \(problem)") }
        // The file whose name is not UTF-8 is skipped silently: see ProductBugTests.
        XCTAssertGreaterThanOrEqual(read.files.count, 4, "\(read.files.map(\.path))")
        guard case let .failure(problems) = CatalogLoader.load(read.files) else { return XCTFail("should not load") }
        for problem in problems.problems { assertHarmless(problem.description, "problem \(problem.description.debugDescription)") }

        let missing = folder.path + "/nothing \u{1b}]0;pwned\u{07} \u{9b} \u{202E}"
        do {
            _ = try ContentFolder.read(missing)
            XCTFail("a missing folder should throw")
        } catch {
            assertHarmless(error.description, "missing folder message")
        }
        do {
            _ = try ContentFolder.read(folder.path + "/index.md")
            XCTFail("a file should throw")
        } catch {
            assertHarmless(error.description, "not a folder message")
        }
    }
}

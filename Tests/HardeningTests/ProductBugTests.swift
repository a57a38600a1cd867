import Catalog
import Foundation
import Layout
import Navigation
import TestSupport
import XCTest

/// Product bugs found while hardening (issue 7), each as a small failing test; the product
/// engineer fixes the product, not the test.
final class ProductBugTests: XCTestCase {
    /// A file saved with Windows line endings (CRLF) is rejected as having no front matter.
    /// `FrontMatter.split` splits the text on the Character "\n", but in Swift "\r\n" is a single
    /// Character (one grapheme cluster) that is not equal to "\n", so a CRLF file is one long
    /// "line" and its first line is never "---" (the `"\r"` that `trimmedLine` strips never
    /// reaches it). Reproduce: `printf -- '---\r\ntitle: Root\r\n---\r\nHello\r\n' > /tmp/crlf/index.md;
    /// toolkit check --content /tmp/crlf` reports "index.md:1:1: missing front matter".
    func testCRLFLineEndingsAreAccepted() {
        let files = [
            SourceFile(path: "index.md", text: "---\r\ntitle: Root\r\n---\r\nHello\r\n"),
            SourceFile(path: "a.md", text: "---\r\ntitle: A page\r\norder: 1\r\n---\r\n## Part one\r\n\r\nText [link](#part-one).\r\n"),
        ]
        switch CatalogLoader.load(files) {
        case let .success(catalog):
            XCTAssertEqual(catalog.root.title, "Root")
            XCTAssertEqual(catalog[PageID("a")].title, "A page")
        case let .failure(problems):
            XCTFail("CRLF content should load like LF content:\n\(problems)")
        }
    }
}

final class FileNameBugTests: XCTestCase {
    /// A `.md` file whose name is not valid UTF-8 is neither read nor reported: `ContentFolder`
    /// decodes the name from `readdir` with U+FFFD for the bad bytes, builds the path from the
    /// decoded name, `stat` fails on that path (it names no file), and the loop `continue`s
    /// without a problem. So `toolkit check` says nothing about a page it never read.
    /// Reproduce: `mkdir -p /tmp/names && printf -- '---\ntitle: R\n---\n' > /tmp/names/index.md &&
    /// printf -- 'no front matter' > "$(printf '/tmp/names/b\377.md')" && toolkit check --content /tmp/names`
    /// exits 0 although b?.md has no front matter.
    func testAFileWhoseNameIsNotUTF8IsReadOrReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("---\ntitle: Root\n---\n".utf8).write(to: folder.appendingPathComponent("index.md"))
        let path = Array(folder.path.utf8) + Array("/b".utf8) + [0xFF] + Array(".md".utf8) + [0]
        let written = path.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cPath -> Bool in
                let fd = open(cPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                guard fd >= 0 else { return false }
                defer { close(fd) }
                return write(fd, "no front matter", 15) == 15
            }
        }
        XCTAssertTrue(written)
        let read = try ContentFolder.read(folder.path)
        XCTAssertTrue(read.files.count == 2 || !read.problems.isEmpty,
                      "b\\xFF.md was skipped silently: files \(read.files.map(\.path)), problems \(read.problems)")
    }
}


final class HelpScrollBugTests: XCTestCase {
    /// Growing the window while the help screen is scrolled down leaves its scroll past the end:
    /// `resize` clamps the page's scroll but not the help overlay's, which is only clamped by
    /// the next key. Until then the help screen shows its last lines at the top and blank rows
    /// below. Found by the random walks (RandomWalkTests). Reproduce: `toolkit` in a 40x12
    /// window, `?`, `G` (bottom of the help), then make the window 120x60.
    func testGrowingTheWindowKeepsTheHelpScrollInBounds() {
        var state = State(catalog: Fixture.catalog, size: Size(columns: 40, rows: 12))
        state = reduce(state, .key(.character("?"))).state
        state = reduce(state, .key(.end)).state
        guard case let .help(scrolled)? = state.overlay else { return XCTFail("help should be open") }
        XCTAssertGreaterThan(scrolled, 0)
        state = reduce(state, .resized(Size(columns: 120, rows: 60))).state
        let maximum = max(0, state.helpRows.count - state.frame.bodyRows)
        guard case let .help(scroll)? = state.overlay else { return XCTFail("help should stay open") }
        XCTAssertLessThanOrEqual(scroll, maximum, "help scroll \(scroll) is past its end (\(maximum)) after growing the window")
    }
}


final class WideCharacterBugTests: XCTestCase {
    /// Found by the fuzzer (scripts/fuzz): at a width of 1 column a wide character (CJK, 2
    /// columns) is put on a line alone, which is then 2 columns wide: the layout's promise that
    /// no line is wider than the width breaks, in a page's body and in a menu's lead text alike.
    /// On screen the row is clipped (widths below 20 show "too small"), but plain output at
    /// `COLUMNS=1` prints lines of 2 columns. Reproduce: `COLUMNS=1 toolkit --content DIR | cat`
    /// on a folder whose index.md has the body `東`.
    func testAWideCharacterNeverMakesALineWiderThanOneColumn() {
        let catalog = Fixture.load([
            Fixture.page("index.md", frontMatter: "title: Root", body: "the 東 ry"),
            Fixture.page("a.md", frontMatter: "title: A\norder: 1", body: "東京"),
        ])
        for id in [PageID.root, PageID("a")] {
            let page = catalog[id]
            let document = page.isMenu
                ? MenuLayout(width: 1, glyphs: .unicode).document(for: page, in: catalog)
                : PageLayout(width: 1, glyphs: .unicode).document(for: page)
            for (row, line) in document.lines.enumerated() where line.width > 1 {
                XCTFail("\(id): line \(row) '\(line.text)' is \(line.width) columns wide at width 1")
            }
        }
    }
}

final class NewlineInFieldBugTests: XCTestCase {
    /// Found by the fuzzer (scripts/fuzz): a front-matter field written as a multi-line YAML
    /// scalar keeps its line break (`"a\nb"`, a quoted scalar with a blank line, a `|` block).
    /// `FrontMatter` says a title "must be a single line of text" but only checks that it is a
    /// scalar, and `VisibleText` lets newlines through, so the break ends up inside a span of the
    /// menu and the breadcrumb (`Span.text` "never contains a line break"): on screen the
    /// adapter turns it into `?`, in plain output the menu entry breaks in two. Reproduce:
    /// an index.md with `title: "Two\nlines"` in its front matter, then `toolkit --content DIR | cat`.
    func testAMultiLineTitleOrSummaryNeverPutsALineBreakInASpan() {
        let files = [
            Fixture.page("index.md", frontMatter: "title: \"Root\\nmenu\"", body: "Lead."),
            Fixture.page("a.md", frontMatter: "title: \"First\n\n  second\"\nsummary: |\n  one\n  two\norder: 1", body: "Text."),
        ]
        guard case let .success(catalog) = CatalogLoader.load(files) else {
            return // Rejecting multi-line fields as a problem is a fix too.
        }
        for id in [PageID.root, PageID("a")] {
            let page = catalog[id]
            for (field, value) in [("title", page.title), ("short", page.shortTitle), ("summary", page.summary)] {
                XCTAssertFalse(value.contains("\n"), "\(id)'s \(field) \(value.debugDescription) holds a line break")
            }
        }
        let menu = MenuLayout(width: 80, glyphs: .unicode).document(for: catalog.root, in: catalog)
        for (row, line) in menu.lines.enumerated() where line.spans.contains(where: { $0.text.contains("\n") }) {
            XCTFail("menu line \(row) has a line break inside a span: \(line.text.debugDescription)")
        }
    }
}

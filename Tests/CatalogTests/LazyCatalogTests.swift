import BuiltinContent
import Catalog
import Foundation
import TestSupport
import XCTest

/// A catalog opened to be read as its pages are needed must show exactly what a catalog checked
/// whole shows, read nothing it does not show, and say where a broken page's problem is.
final class LazyCatalogTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-lazy-\(UUID().uuidString)")
        for file in Fixture.files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    private func assertSamePages(_ opened: Catalog, _ checked: Catalog, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(opened.ids, checked.ids, file: file, line: line)
        XCTAssertEqual(opened.pagesInMenuOrder, checked.pagesInMenuOrder, file: file, line: line)
        for id in checked.ids {
            let (lazy, whole) = (opened[id], checked[id])
            XCTAssertEqual(lazy, whole, "page \(id)", file: file, line: line)
            XCTAssertEqual(lazy.links, whole.links, "links of \(id)", file: file, line: line)
            XCTAssertEqual(lazy.footerStart, whole.footerStart, "footer of \(id)", file: file, line: line)
            XCTAssertEqual(lazy.notes, whole.notes, "notes of \(id)", file: file, line: line)
        }
    }

    func testTheOpenedBuiltinToolkitShowsWhatTheCheckedOneShows() throws {
        let opened = try CatalogLoader.open(BuiltinContent.files).get()
        let checked = try CatalogLoader.load(BuiltinContent.files).get()
        assertSamePages(opened, checked)
    }

    func testReadingAheadWorksOutLinkedFromAPartAtATime() throws {
        let catalog = try CatalogLoader.open(BuiltinContent.files).get()
        var steps = 1
        while catalog.readAhead(pages: 5) { steps += 1 }
        XCTAssertEqual(steps, (catalog.ids.count + 4) / 5, "one step per five pages")
        XCTAssertFalse(catalog.readAhead(), "nothing is left once every page is read")
        assertSamePages(catalog, try CatalogLoader.load(BuiltinContent.files).get())
    }

    func testAnOpenedFolderShowsWhatTheCheckedFolderShows() throws {
        let opened = try CatalogLoader.load(folder: folder.path, checkingUpTo: 0).get()
        let checked = try CatalogLoader.load(folder: folder.path, checkingUpTo: .max).get()
        assertSamePages(opened, checked)
        assertSamePages(checked, Fixture.catalog)
    }

    func testOpeningAFolderReadsOnlyThePagesShown() throws {
        let catalog = try CatalogLoader.load(folder: folder.path, checkingUpTo: 0).get()
        // Files removed after opening were never needed for the menu; the page itself says it is gone.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("alpha/one.md"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("beta/three.md"))
        XCTAssertEqual(catalog.root.title, "Fixture Toolkit")
        XCTAssertEqual(catalog.root.children.map { catalog[$0].title }, ["Alpha section", "Beta section", "About the fixture"])
        let gone = catalog[PageID("beta/three")]
        XCTAssertEqual(gone.title, "beta/three.md")
        XCTAssertTrue(Self.text(of: gone.blocks).contains("beta/three.md: cannot read this file: No such file or directory"),
                      Self.text(of: gone.blocks))
    }

    func testABrokenPageInAnOpenedFolderSaysWhereItsProblemIsAndCheckingFindsIt() throws {
        try "---\ntitle: [unclosed\n---\nText.\n".write(to: folder.appendingPathComponent("beta/three.md"), atomically: true, encoding: .utf8)
        let catalog = try CatalogLoader.load(folder: folder.path, checkingUpTo: 0).get()
        let broken = catalog[PageID("beta/three")]
        XCTAssertEqual(broken.summary, "cannot be shown: run toolkit check")
        XCTAssertTrue(Self.text(of: broken.blocks).contains("beta/three.md:3:1: front matter is not valid YAML"), Self.text(of: broken.blocks))
        XCTAssertEqual(catalog[PageID("alpha/one")].title, "Page one")

        guard case let .failure(problems) = try CatalogLoader.load(folder: folder.path, checkingUpTo: .max) else {
            return XCTFail("checking the folder whole should find the broken page")
        }
        XCTAssertEqual(problems.problems.map(\.file), ["beta/three.md"])
    }

    func testAFrontMatterLongerThanTheStartReadForAMenuIsReadWhole() throws {
        let sources = (1...600).map { "  - https://example.org/a-rather-long-address/number-\($0)" }.joined(separator: "\n")
        try "---\ntitle: Many sources\norder: 9\nsources:\n\(sources)\n---\nText.\n"
            .write(to: folder.appendingPathComponent("beta/many.md"), atomically: true, encoding: .utf8)
        let catalog = try CatalogLoader.load(folder: folder.path, checkingUpTo: 0).get()
        let many = try XCTUnwrap(catalog.page(PageID("beta/many")))
        XCTAssertEqual(many.title, "Many sources")
        XCTAssertEqual(many.sources.count, 600)
        XCTAssertEqual(catalog[PageID("beta")].children.last, PageID("beta/many"))
    }

    func testProblemsInFileNamesAreFoundWithoutReadingAnyPage() throws {
        try FileManager.default.removeItem(at: folder.appendingPathComponent("index.md"))
        guard case let .failure(problems) = try CatalogLoader.load(folder: folder.path, checkingUpTo: 0) else {
            return XCTFail("a folder without index.md should not open")
        }
        XCTAssertEqual(problems.problems.first?.description, "index.md: missing: the content folder needs an index.md for the toolkit menu")
        XCTAssertEqual(problems.problems.count, 4, "and one for each page left without a menu: \(problems)")
    }

    private static func text(of blocks: [Block]) -> String {
        blocks.map { block -> String in
            switch block {
            case let .paragraph(inlines), let .heading(_, inlines, _): return inlines.map(\.text).joined()
            case let .list(_, items): return items.map { text(of: $0) }.joined(separator: "\n")
            default: return ""
            }
        }.joined(separator: "\n")
    }
}

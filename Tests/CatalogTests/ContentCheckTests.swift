import BuiltinContent
import Catalog
import Foundation
import TestSupport
import XCTest

/// `toolkit check` reads a page at a time (`ContentCheck`): it must report what loading the
/// catalog whole reports, the same problems in the same order, and count the same links.
final class ContentCheckTests: XCTestCase {
    /// A folder with a problem of every kind a page can have, and links to anchors on pages
    /// that sort both before and after the page linking to them.
    private static let brokenFiles: [SourceFile] = [
        Fixture.root,
        Fixture.page("a/index.md", frontMatter: "title: A", body: "[later](later.md#steps) [missing](later.md#nope)"),
        Fixture.page("a/early.md", body: "## Early steps\n\n[later](later.md#steps) [gone](gone.md) [mail](ftp://x)"),
        Fixture.page("a/later.md", body: "## Steps\n\n[early](early.md#early-steps) [wrong](early.md#late) [self](#steps) [no](#no)"),
        Fixture.page("a/yaml.md", frontMatter: "title: [unclosed"),
        SourceFile(path: "a/bare.md", text: "no front matter\n"),
        Fixture.page("b/orphan.md"),
        Fixture.page("dup.md"),
        Fixture.page("dup/index.md", body: "[out](../../up.md) [page](../a/later)"),
    ]

    private static let brokenProblems = [
        "a/bare.md:1:1: missing front matter: the file must start with a line '---', then 'title: ...', then '---'",
        "a/early.md:6: link 'gone.md' leads to no page (there is no a/gone.md)",
        "a/early.md:6: link 'ftp://x' uses 'ftp:'; only http, https and mailto links may leave the toolkit",
        "a/index.md:4: link 'later.md#nope': page 'a/later' has no heading with anchor #nope",
        "a/later.md:6: link 'early.md#late': page 'a/early' has no heading with anchor #late",
        "a/later.md:6: link '#no': page 'a/later' has no heading with anchor #no",
        "a/yaml.md:3:1: front matter is not valid YAML: did not find expected ',' or ']'",
        "b/orphan.md:1: its folder has no b/index.md, so the page has no place in the menu",
        "dup/index.md:1: page id 'dup' is already used by dup.md",
    ]

    private func problemsLoadingWhole(_ files: [SourceFile]) -> [ContentProblem] {
        guard case let .failure(found) = CatalogLoader.load(files) else { return [] }
        return found.problems
    }

    private func linksShown(_ catalog: Catalog) -> Int {
        catalog.pages.values.reduce(0) { $0 + $1.links.count }
    }

    func testASoundToolkitHasTheCatalogsPagesAndLinks() throws {
        for files in [BuiltinContent.files, Fixture.files] {
            let catalog = try CatalogLoader.load(files).get()
            let check = ContentCheck(files)
            XCTAssertEqual(check.pages, catalog.ids.count)
            XCTAssertEqual(check.links, linksShown(catalog))
            XCTAssertEqual(check.problems, [])
        }
    }

    func testABrokenToolkitReportsWhatLoadingItWholeReports() {
        let check = ContentCheck(Self.brokenFiles)
        XCTAssertEqual(check.problems.map(\.description), Self.brokenProblems)
        XCTAssertEqual(check.problems, problemsLoadingWhole(Self.brokenFiles))
    }

    func testABrokenFolderReportsWhatLoadingItWholeReports() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in Self.brokenFiles {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.text.write(to: url, atomically: true, encoding: .utf8)
        }
        guard case let .failure(whole) = try CatalogLoader.load(folder: folder.path, checkingUpTo: .max) else {
            return XCTFail("the broken folder should not load")
        }
        let check = try ContentCheck(folder: folder.path)
        XCTAssertEqual(check.problems.map(\.description), Self.brokenProblems)
        XCTAssertEqual(check.problems, whole.problems)
        XCTAssertEqual(check.pages, 8)
    }

    func testAMissingFolderIsNotChecked() {
        XCTAssertThrowsError(try ContentCheck(folder: "/nonexistent-toolkit-folder")) { error in
            XCTAssertEqual(error as? ContentFolder.Failure, .notFound("/nonexistent-toolkit-folder"))
        }
    }
}

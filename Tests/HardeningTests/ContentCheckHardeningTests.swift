import Catalog
import XCTest

/// `toolkit check` reads a page at a time: on hostile and generated content it must report what
/// loading the catalog whole reports, and count the same links.
final class ContentCheckHardeningTests: XCTestCase {
    func testHostileFilesGiveTheProblemsLoadingWholeGives() {
        guard case let .failure(whole) = CatalogLoader.load(HostileContent.problemFiles()) else {
            return XCTFail("the problem files should not load")
        }
        XCTAssertEqual(ContentCheck(HostileContent.problemFiles()).problems, whole.problems)
    }

    func testTheGeneratedToolkitHasTheCatalogsPagesAndLinks() throws {
        let catalog = try CatalogLoader.load(LargeToolkit.files).get()
        let check = ContentCheck(LargeToolkit.files)
        XCTAssertEqual(check.problems, [])
        XCTAssertEqual(check.pages, catalog.ids.count)
        XCTAssertEqual(check.links, catalog.pages.values.reduce(0) { $0 + $1.links.count })
    }
}

import BuiltinContent
import Catalog
@testable import Rendering
import XCTest

/// The "Questions for your team" of every case study, principle and corrective reach every output
/// a workshop uses: `show` as text, the Markdown export and the HTML handout.
final class QuestionsForYourTeamOutputTests: XCTestCase {
    private static let catalog: Catalog = {
        guard case let .success(catalog) = CatalogLoader.load(BuiltinContent.files) else { fatalError("built-in content does not load") }
        return catalog
    }()

    /// The pages of the three sections that teach, overviews left out.
    private var teachingPages: [PageID] {
        ["case-studies", "principles", "correctives"].flatMap { Self.catalog[PageID($0)].children }.filter { !$0.path.hasSuffix("overview") }
    }

    /// The last words of a page's last question, free of characters HTML would escape.
    private func lastWords(of id: PageID) throws -> String {
        let markdown = Self.catalog[id].markdown
        let section = try XCTUnwrap(markdown.components(separatedBy: "## Questions for your team").last)
        let last = try XCTUnwrap(section.components(separatedBy: "\n").last { $0.hasPrefix("- ") })
        return last.split(separator: " ").suffix(3).joined(separator: " ")
    }

    func testTheQuestionsAreInTextMarkdownAndHTML() throws {
        XCTAssertEqual(teachingPages.count, 17)
        for id in teachingPages {
            let words = try lastWords(of: id)
            let text = PlainText.page(id, in: Self.catalog, width: 200, glyphs: .unicode)
            XCTAssertTrue(text.contains("Questions for your team") && text.contains(words), "\(id): not in show's text")
            let markdown = MarkdownExport.page(id, in: Self.catalog)
            XCTAssertTrue(markdown.contains("## Questions for your team") && markdown.contains(words), "\(id): not in the Markdown")
            let html = HTMLHandout.document(from: id, in: Self.catalog, all: false)
            let escaped = words.replacingOccurrences(of: "'", with: "&#39;")
            XCTAssertTrue(html.contains("Questions for your team") && (html.contains(words) || html.contains(escaped)), "\(id): not in the HTML handout")
        }
    }
}

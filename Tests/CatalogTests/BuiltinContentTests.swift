import BuiltinContent
import Catalog
import XCTest

/// The real toolkit in `Content/`, as the binary carries it, keeps its promises.
final class BuiltinContentTests: XCTestCase {
    private static let catalog: Catalog = {
        switch CatalogLoader.load(BuiltinContent.files) {
        case let .success(catalog): return catalog
        case let .failure(problems): fatalError("built-in content has problems:\n\(problems)")
        }
    }()
    private var catalog: Catalog { Self.catalog }

    func testTheMenuMirrorsTheWebsiteInOrder() {
        XCTAssertEqual(catalog.root.children.map(\.path), ["case-studies", "correctives", "principles", "tools", "questions", "about"])
        XCTAssertEqual(catalog.root.children.map { catalog[$0].title }, [
            "Case studies of purpose-aligned partnerships",
            "5 Fundamental Correctives for Public Service Reform",
            "9 Key Principles for working with purpose-aligned partners",
            "Tools, Resources and Model Documents",
            "Your questions answered",
            "About this toolkit",
        ])
    }

    func testEveryPageIsReachableFromTheMenu() {
        XCTAssertEqual(Set(catalog.pagesInMenuOrder), Set(catalog.pages.keys))
    }

    func testEveryPageHasTitleSummaryAndSources() {
        for page in catalog.pages.values {
            XCTAssertFalse(page.title.isEmpty, page.file)
            XCTAssertFalse(page.summary.isEmpty, "\(page.file) has no summary")
            XCTAssertFalse(page.sources.isEmpty, "\(page.file) has no sources")
            XCTAssertTrue(page.sources.allSatisfy { $0.hasPrefix("https://") || $0.hasPrefix("http://") }, page.file)
        }
    }

    func testSectionsHoldTheRightPages() {
        let caseStudies = catalog[PageID("case-studies")].children.filter { !$0.path.hasSuffix("introduction") }
        XCTAssertEqual(caseStudies.count, 3)
        let correctives = catalog[PageID("correctives")].children.filter { !$0.path.hasSuffix("overview") }
        XCTAssertEqual(correctives.count, 5)
        for id in correctives {
            let anchors = Set(catalog[id].blocks.compactMap { block -> String? in
                if case let .heading(2, _, anchor) = block { return anchor }
                return nil
            })
            XCTAssertTrue(anchors.isSuperset(of: ["outcomes", "process", "principles", "evidence"]), "\(id) lacks a section: \(anchors)")
        }
        XCTAssertEqual(catalog[PageID("principles")].children.filter { !$0.path.hasSuffix("overview") }.count, 9)
    }

    func testEveryLeafPageEndsWithWhatNext() {
        for page in catalog.pages.values where !page.isMenu {
            XCTAssertTrue(page.blocks.contains { if case let .heading(2, _, anchor) = $0 { return anchor == "what-next" } else { return false } }, page.file)
        }
    }

    func testRelatedPagesLinkBothWays() {
        func linked(_ from: String, _ to: String) -> Bool {
            catalog[PageID(from)].links.contains { link in
                if case let .page(id, _) = link.target { return id == PageID(to) }
                return false
            }
        }
        for study in catalog[PageID("case-studies")].children where !study.path.hasSuffix("introduction") {
            for principle in catalog[PageID("principles")].children where linked(principle.path, study.path) && !principle.path.hasSuffix("overview") {
                XCTAssertTrue(linked(study.path, principle.path), "\(principle) links \(study) but not back")
            }
        }
    }

    func testNoPlaceholderText() {
        for file in BuiltinContent.files {
            let lower = file.text.lowercased()
            for word in ["todo", "tbd", "lorem", "coming soon", "placeholder", "xxx"] {
                XCTAssertFalse(lower.contains(word), "\(file.path) contains '\(word)'")
            }
        }
    }

    func testEveryCorrectiveAndPrincipleHasNotesForTheFacilitatorThatNeverReachThePage() {
        for section in [PageID("correctives"), PageID("principles")] {
            for id in catalog[section].children {
                let page = catalog[id]
                XCTAssertFalse(page.notes.isEmpty, "\(id) has no presenter notes")
                let shown = page.blocks.map { "\($0)" }.joined()
                for note in page.notes {
                    XCTAssertFalse(shown.contains(String(note.prefix(30))), "\(id) shows its notes")
                    XCTAssertFalse(page.markdown.contains(String(note.prefix(30))), "\(id) exports its notes")
                }
            }
        }
    }
}

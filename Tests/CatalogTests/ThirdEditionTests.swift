import BuiltinContent
import Catalog
import XCTest

/// The third edition of `Content/` (issue 22): made to teach, current about the law, and no more
/// than its sources say. Facts are checked (a figure, a name, a date on the right page), never a
/// sentence's wording, so a paragraph can be rewritten without breaking a test.
final class ThirdEditionTests: XCTestCase {
    private static let catalog: Catalog = {
        switch CatalogLoader.load(BuiltinContent.files) {
        case let .success(catalog): return catalog
        case let .failure(problems): fatalError("built-in content has problems:\n\(problems)")
        }
    }()
    private var catalog: Catalog { Self.catalog }

    private static let caseStudies = [
        "case-studies/leicestershire-childrens-innovation-partnership",
        "case-studies/oldham-social-prescribing",
        "case-studies/plymouth-alliance",
    ]
    private static let principles = [
        "principles/long-term-planning", "principles/integration", "principles/prevention",
        "principles/collaboration", "principles/communication", "principles/transparency",
        "principles/trust", "principles/mutuality-and-fairness", "principles/flexibility",
    ]
    private static let correctives = [
        "correctives/commissioning-shapes-local-ecosystems", "correctives/procurement-part-of-commissioning",
        "correctives/social-value-intrinsic", "correctives/public-benefit-sector-central",
        "correctives/partnership-replace-transaction",
    ]
    private static let teachingPages = caseStudies + principles + correctives

    /// The page's text above its footer, runs of white space made one space.
    private func body(_ id: String) -> String {
        let page = catalog[PageID(id)]
        return BuiltinContentTests.text(of: Array(page.blocks[..<page.footerStart])).replacingOccurrences(of: "’", with: "'")
    }

    /// The Markdown source of a page's `##` section, from its heading to the next `##` heading.
    private func section(_ heading: String, of id: String) -> String? {
        let lines = catalog[PageID(id)].markdown.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "## \(heading)") else { return nil }
        let rest = lines[(start + 1)...]
        let end = rest.firstIndex { $0.hasPrefix("## ") } ?? rest.endIndex
        return rest[..<end].joined(separator: "\n")
    }

    /// The top-level bullet items of a Markdown section, each as one line of text.
    private func bullets(_ markdown: String) -> [String] {
        var items: [String] = []
        for line in markdown.components(separatedBy: "\n") {
            if line.hasPrefix("- ") {
                items.append(String(line.dropFirst(2)))
            } else if line.hasPrefix("  "), !items.isEmpty {
                items[items.count - 1] += " " + line.trimmingCharacters(in: .whitespaces)
            }
        }
        return items
    }

    private func hasHeading(_ anchor: String, on id: String) -> Bool {
        catalog[PageID(id)].blocks.contains { if case let .heading(2, _, found) = $0 { return found == anchor } else { return false } }
    }

    // MARK: - The partnership checklist

    func testTheChecklistIsInToolsWithDoWeTaskItemsForEachOfTheNinePrinciples() throws {
        let id = PageID("tools/partnership-checklist")
        XCTAssertTrue(catalog[PageID("tools")].children.contains(id), "the checklist is in the Tools menu")
        let markdown = catalog[id].markdown
        let names = ["Long-term planning", "Integration", "Prevention", "Collaboration", "Communication",
                     "Transparency", "Trust", "Mutuality and fairness", "Flexibility"]
        for (index, name) in names.enumerated() {
            let group = try XCTUnwrap(section("Principle \(index + 1): \(name)", of: id.path), "no group for principle \(index + 1)")
            let tasks = group.components(separatedBy: "\n").filter { $0.hasPrefix("- [ ] ") }
            XCTAssertGreaterThanOrEqual(tasks.count, 2, "principle \(index + 1) has \(tasks.count) task items")
            for task in tasks {
                XCTAssertTrue(task.hasPrefix("- [ ] Do we ") && task.hasSuffix("?"), "not a 'Do we ...?' item: \(task)")
            }
        }
        let steps = try XCTUnwrap(section("Steps the three cases took", of: id.path))
        for place in ["Leicestershire", "Oldham", "Plymouth"] {
            XCTAssertTrue(steps.components(separatedBy: "\n").contains { $0.hasPrefix("- [ ] Do we ") && $0.contains(place) }, "no step from \(place)")
        }
        XCTAssertFalse(markdown.contains("- [x]"), "nothing is ticked in the toolkit itself")
    }

    // MARK: - Questions for your team

    /// On every case study, principle and corrective: three to five open questions that readers
    /// see and handouts carry; the presenter notes there became this section.
    func testEveryCaseStudyPrincipleAndCorrectiveHasThreeToFiveQuestionsForYourTeam() throws {
        XCTAssertEqual(Self.teachingPages.count, 17)
        for id in Self.teachingPages {
            XCTAssertTrue(hasHeading("questions-for-your-team", on: id), "\(id) shows no Questions for your team")
            let questions = bullets(try XCTUnwrap(section("Questions for your team", of: id), "\(id) exports no Questions for your team"))
            XCTAssertTrue((3...5).contains(questions.count), "\(id) has \(questions.count) questions")
            for question in questions {
                XCTAssertTrue(question.hasSuffix("?"), "\(id): not a question: \(question)")
                XCTAssertTrue(question.range(of: #"\b(you|your)\b"#, options: .regularExpression) != nil, "\(id): not about the reader's own service: \(question)")
            }
            XCTAssertTrue(catalog[PageID(id)].notes.isEmpty, "\(id) keeps presenter notes beside its questions")
        }
    }
}

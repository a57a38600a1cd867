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

    // MARK: - The law since 2021 (content brief 7.1)

    /// The dated note is on the About page and on the procurement-rules question, with the facts
    /// of C36 to C39; each case study points to it from its legal route.
    func testTheLawSince2021IsNotedOnAboutAndTheProcurementRulesQuestion() {
        for id in ["about", "questions/procurement-rules"] {
            XCTAssertTrue(hasHeading("since-the-toolkit-was-written", on: id), "\(id) has no note on the law since 2021")
            let text = body(id)
            for fact in ["Procurement Act 2023", "24 February 2025", "Provider Selection Regime", "1 January 2024",
                         "National Procurement Policy Statement", "competitive flexible"] {
                XCTAssertTrue(text.contains(fact), "\(id): '\(fact)' is not in the note")
            }
        }
        let full = body("questions/procurement-rules")
        for fact in ["26 October 2023", "12 September 2024", "28 October 2024", "Section 20", "sections 41 and 43",
                     "most advantageous tender", "SI 2023/1348", "6 December 2023", "direct award processes A, B and C",
                     "most suitable provider process", "section 13", "Procurement Policy Note 001", "13 February 2025",
                     "1 April 2025", "1 April 2026"] {
            XCTAssertTrue(full.contains(fact), "the procurement-rules note lacks '\(fact)'")
        }
        let sources = catalog[PageID("questions/procurement-rules")].sources
        for host in ["womblebonddickinson.com", "trowers.com", "legislation.gov.uk/uksi/2023/1348", "bevanbrittan.com",
                     "ppn-001-sme-and-vcse-procurement-spend-targets"] {
            XCTAssertTrue(sources.contains { $0.contains(host) }, "the note's source \(host) is not listed")
        }
    }

    func testEachCaseStudysLegalRoutePointsToTheLawSince2021() {
        for id in Self.caseStudies {
            let page = catalog[PageID(id)]
            XCTAssertTrue(page.links.contains { link in
                if case let .page(target, anchor) = link.target {
                    return target == PageID("questions/procurement-rules") && anchor == "since-the-toolkit-was-written"
                }
                return false
            }, "\(id) does not point to the law since 2021")
            let glance = (section("At a glance", of: id) ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let route = glance.components(separatedBy: "- **").first { $0.hasPrefix("Legal route:**") }
            XCTAssertTrue(route?.contains("Procurement Act 2023") == true && route?.contains("since-the-toolkit-was-written") == true,
                          "\(id): the pointer is not at the legal route")
        }
    }

    func testSearchFindsTheLawSince2021() {
        let index = SearchIndex(catalog)
        for query in ["procurement act", "provider selection"] {
            let pages = Set(index.search(query).map(\.id))
            XCTAssertTrue(pages.isSuperset(of: [PageID("about"), PageID("questions/procurement-rules")]), "'\(query)' finds \(pages)")
        }
    }

    func testRoutesComparedPutsTheThreeRoutesOnOneScreenWithTheNote() {
        let id = "tools/routes-compared"
        XCTAssertTrue(catalog[PageID("tools")].children.contains(PageID(id)))
        let text = body(id)
        for fact in ["light touch regime", "regs 74 to 76", "innovation partnership", "reg 31", "competitive procedure with negotiation",
                     "Leicestershire", "Oldham", "Plymouth", "24 February 2025", "Procurement Act 2023", "Provider Selection Regime"] {
            XCTAssertTrue(text.contains(fact), "routes compared lacks '\(fact)'")
        }
        XCTAssertLessThanOrEqual(catalog[PageID(id)].markdown.components(separatedBy: "\n").count, 24, "more than one screen of source")
    }
}

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
        XCTAssertEqual(catalog[PageID("case-studies")].children.count, 3)
        let correctives = catalog[PageID("correctives")].children.filter { !$0.path.hasSuffix("overview") }
        XCTAssertEqual(correctives.count, 5)
        // Corrective 2's page is not in our sources, so it has no sections of the website's to mirror.
        for id in correctives where id != PageID("correctives/procurement-part-of-commissioning") {
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

    /// As on the website: every page but the toolkit menu, section menus included, ends with the
    /// other main sections and the toolkit menu, each described in a line unless the page's body
    /// is shorter than its footer (then the footer shrinks, issue 22); a case study, long, keeps them described.
    func testEveryPageButTheMenuEndsWithTheOtherSectionsDescribed() {
        let sections = catalog.root.children
        for page in catalog.pages.values where !page.id.isRoot {
            let own = PageID(String(page.id.path.split(separator: "/")[0]))
            let footer = Self.text(of: Array(page.blocks[page.footerStart...]))
            let described = footer.contains("Toolkit menu Back to the main menu")
            XCTAssertTrue(footer.contains("What next?"), page.file)
            for section in sections {
                let entry = catalog[section].title + (described ? " " + catalog[section].summary : "")
                XCTAssertEqual(footer.contains(entry), section != own, "\(page.file): \(section) in What next? \(footer)")
            }
            XCTAssertTrue(footer.contains("Toolkit menu"), page.file)
            if page.isMenu || page.id.path.hasPrefix("case-studies/") { XCTAssertTrue(described, "\(page.file): \(footer)") }
        }
        XCTAssertEqual(catalog.root.footerStart, catalog.root.blocks.count, "the toolkit menu is the menu What next? leads back to")
    }

    // MARK: - The second edition (issue 13)

    /// A page's text as a reader sees it above the generated blocks, or of the blocks given,
    /// with runs of white space made one space.
    static func text(of blocks: [Block]) -> String {
        func inlines(_ content: [Inline]) -> String { content.map(\.text).joined() }
        func flatten(_ block: Block) -> String {
            switch block {
            case let .heading(_, content, _): return inlines(content)
            case let .paragraph(content), let .task(_, content): return inlines(content)
            case let .list(_, items): return items.map { $0.map(flatten).joined(separator: " ") }.joined(separator: " ")
            case let .quote(inner): return inner.map(flatten).joined(separator: " ")
            case let .table(table): return (table.header + table.rows.flatMap { $0 }).map(inlines).joined(separator: " ")
            case let .code(text): return text
            case .rule: return ""
            }
        }
        return blocks.map(flatten).joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private func body(_ id: String) -> String {
        let page = catalog[PageID(id)]
        return Self.text(of: Array(page.blocks[..<page.footerStart]))
    }

    /// Each point of E3M's case-studies page (content brief, 6.2) is on the page a reader looks
    /// for it: a distinctive fact of it (a name, a figure, a phrase the site quotes) is there.
    func testEveryPointOfTheCaseStudiesPageIsOnThePageThatHoldsIt() {
        let menu = "case-studies"
        let leicestershire = "case-studies/leicestershire-childrens-innovation-partnership"
        let oldham = "case-studies/oldham-social-prescribing"
        let plymouth = "case-studies/plymouth-alliance"
        let points: [(number: Int, pages: [String], facts: [String])] = [
            (1, [menu], ["commissioning built on relationships"]),
            (2, [menu], ["a council or a social enterprise proposes a partnership", "\"a procurement issue\""]),
            (3, [menu], ["innovation", "partnership", "social purpose and social value"]),
            (4, [menu], ["process need not outrank purpose", "enable, permit and flex", "the Art of the Possible"]),
            (5, [menu, leicestershire], ["local providers", "service users"]),
            (6, [menu, leicestershire], ["first Children's Innovation Partnership", "millions of pounds"]),
            (7, [menu, oldham], ["co-designed and co-produced with residents"]),
            (8, [menu, oldham], ["residents and community partners"]),
            (9, [menu, plymouth], ["top-down"]),
            (10, [menu, plymouth], ["ten-year contract"]),
        ]
        for point in points {
            for page in point.pages {
                let text = body(page).replacingOccurrences(of: "’", with: "'")
                for fact in point.facts {
                    XCTAssertTrue(text.contains(fact), "point \(point.number) of the case-studies page: '\(fact)' is not on \(page)")
                }
            }
        }
        XCTAssertTrue(body(plymouth).contains("top-down, opaque and disempowering"), "point 9 in full on its case")
        XCTAssertTrue(body(plymouth).contains("their families and communities"), "point 9 in full on its case")
        XCTAssertTrue(body(plymouth).contains("fragmented market"), "point 10 in full on its case")
        XCTAssertTrue(body(oldham).contains("made commissioning simpler and pointed services at need"), "point 8 in full on its case")

        // Point 11, the page's "What next?": our own footer leads to the same sections and back to
        // the toolkit menu; the website's descriptions of them (the correctives' evidence, the
        // model documents) are reported in the page's text as the website's (brief 7.2).
        let caseStudies = catalog[PageID(menu)]
        let whatNext = Self.text(of: Array(caseStudies.blocks[caseStudies.footerStart...]))
        for fact in ["5 Fundamental Correctives for Public Service Reform", "9 Key Principles for working with purpose-aligned partners",
                     "Tools, Resources and Model Documents", "Social Value Imperatives", "Toolkit menu", "Back to the main menu"] {
            XCTAssertTrue(whatNext.contains(fact), "point 11: '\(fact)' is not in the case-studies menu's What next? \(whatNext)")
        }
        for fact in ["On the website", "outcomes, process, underlying principles and evidence", "principles of partnership working",
                     "example documentation, contracts, processes and agreements", "social value imperatives", "toolkit menu"] {
            XCTAssertTrue(body(menu).contains(fact), "point 11: '\(fact)' is not reported on the case-studies menu")
        }
    }

    /// The new facts of the brief's 6.3 are where they belong.
    func testTheSecondEditionsNewFactsAreWhereTheyBelong() {
        let leicestershire = body("case-studies/leicestershire-childrens-innovation-partnership")
        XCTAssertTrue(leicestershire.contains("£704,000,000") && leicestershire.contains("£700m"), "the notice's value beside LGC's figure")
        XCTAssertTrue(leicestershire.contains("24 August 2018") && leicestershire.contains("1 December 2018"))
        XCTAssertTrue(body("correctives/public-benefit-sector-central").contains("Brooks Newmark"))
        let answer = body("questions/social-value-more-spending")
        XCTAssertTrue(answer.contains("Mazzucato") && answer.contains("universal state education") && answer.contains("social care"))
        let oldham = body("case-studies/oldham-social-prescribing")
        XCTAssertTrue(oldham.contains("co-operative borough") && oldham.contains("6 June 2019") && oldham.contains("NHS Long-Term Plan"))
    }

    /// A menu's summaries say what a page holds, never what it lacks.
    func testNoSummaryNamesAGap() {
        let gapWords = ["not found", "not captured", "not recovered", "could not", "cannot", "missing", "unknown", "no specific",
                        "not in our sources", "lost", "cut off", "gap", "lack", "not known", "unavailable", "not read", "transcribed"]
        for page in catalog.pages.values {
            let summary = page.summary.lowercased()
            for word in gapWords {
                XCTAssertFalse(summary.contains(word), "\(page.file)'s summary names a gap ('\(word)'): \(page.summary)")
            }
        }
    }

    /// Gaps are stated in one form, never as a reading failure, never twice on a page, and never
    /// as the whole of a section.
    func testGapsAreStatedOnceInOneForm() {
        let oldForms = ["could not be read", "not captured", "captured text", "no specific example", "was not found",
                        "were not found", "could not be found", "not recovered", "not been transcribed", "page not found"]
        for page in catalog.pages.values {
            let text = body(page.id.path).lowercased()
            for form in oldForms {
                XCTAssertFalse(text.contains(form), "\(page.file) states a gap as '\(form)'; write 'Not in our sources: ...'")
            }
            var gapLines: [String] = []
            var section: [Block] = []
            var underHeading = false
            func checkSection() {
                if underHeading, section.count == 1, case let .paragraph(content) = section[0], content.first?.text.hasPrefix("Not in our sources:") == true {
                    XCTFail("\(page.file) has a section that only states a gap")
                }
                section = []
            }
            for block in page.blocks[..<page.footerStart] {
                if case .heading = block { checkSection(); underHeading = true; continue }
                section.append(block)
                if case let .paragraph(content) = block, content.first?.text.hasPrefix("Not in our sources:") == true {
                    gapLines.append(Self.text(of: [block]))
                }
            }
            checkSection()
            XCTAssertEqual(Set(gapLines).count, gapLines.count, "\(page.file) states a gap twice")
        }
    }

    /// Where a case study points to the principles or the correctives, the link is our reading and
    /// says so once, for the section and its list of correctives (third edition: once per section).
    func testCaseStudiesLabelTheirLinksToPrinciplesAndCorrectivesAsOurReading() {
        for study in catalog[PageID("case-studies")].children {
            let text = body(study.path)
            guard let start = text.range(of: "Principles in practice"), let correctives = text.range(of: "Correctives it illustrates") else {
                return XCTFail("\(study) has no Principles in practice with its correctives")
            }
            let principles = text[start.upperBound..<correctives.lowerBound]
            XCTAssertTrue(principles.hasPrefix(" The toolkit says all nine key principles run through every case study. Our reading:"), "\(study)")
            let label = principles.range(of: "Our reading:").map { principles[$0.upperBound...].prefix(120) } ?? ""
            XCTAssertTrue(label.contains("correctives"), "\(study)'s label does not cover its correctives: \(label)")
        }
    }

    func testRelatedPagesLinkBothWays() {
        func linked(_ from: String, _ to: String) -> Bool {
            catalog[PageID(from)].links.contains { link in
                if case let .page(id, _) = link.target { return id == PageID(to) }
                return false
            }
        }
        for study in catalog[PageID("case-studies")].children {
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

    /// The overviews keep notes for the facilitator alone; on each corrective and principle the
    /// notes became the "Questions for your team" every reader sees (third edition).
    func testTheOverviewsHaveNotesForTheFacilitatorThatNeverReachThePage() {
        for id in [PageID("correctives/overview"), PageID("principles/overview")] {
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

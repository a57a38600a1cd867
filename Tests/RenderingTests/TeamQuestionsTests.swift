import BuiltinContent
import Catalog
import Layout
import Navigation
@testable import Rendering
import TestSupport
import XCTest

/// "Questions for your team": ordinary content that every reader sees (screen, `show`, Markdown,
/// HTML), which the presenter's notes screen shows in place of the old notes comment.
final class TeamQuestionsTests: XCTestCase {
    private static let catalog = Fixture.load([
        Fixture.page("index.md", frontMatter: "title: Root"),
        Fixture.page("principles/index.md", frontMatter: "title: Principles\norder: 1"),
        Fixture.page("principles/trust.md", frontMatter: "title: \"Principle 1: Trust\"\nshort: Trust\norder: 1", body: """
            Trust comes first.

            ## Questions for your team

            - Who in your partnership would say trust is high, and who would not?
            - What did the last contract change do to trust between providers, and how would you know if it had got worse since?
            - Which decision could you share next month?

            ## Next steps

            - Not a question for the team.
            """),
        Fixture.page("principles/fairness.md", frontMatter: "title: \"Principle 2: Fairness\"\nshort: Fairness\norder: 2", body: """
            Fairness.

            ## Questions for your team

            - Is the split of risk fair?

            <!-- notes
            Give the room five minutes.
            -->
            """),
        Fixture.page("principles/voice.md", frontMatter: "title: \"Principle 3: Voice\"\nshort: Voice\norder: 3", body: """
            Voice.

            <!-- notes
            Ask who has heard from a resident this month.
            -->
            """),
    ])

    private func notesScreen(showing item: Int, _ size: Size) -> Screen {
        let follower = Follower(catalog: Self.catalog, window: size, showsNotes: true)
        return render(reduce(follower, .shared("slide principles \(item + 1) 0")).state)
    }

    func testAPageGivesItsQuestionsAndOnlyThose() {
        XCTAssertEqual(Self.catalog[PageID("principles/trust")].teamQuestions, [
            "Who in your partnership would say trust is high, and who would not?",
            "What did the last contract change do to trust between providers, and how would you know if it had got worse since?",
            "Which decision could you share next month?",
        ])
        XCTAssertEqual(Self.catalog[PageID("principles/voice")].teamQuestions, [])
    }

    func testTheNotesScreenShowsTheQuestions() {
        for size in [Size(columns: 80, rows: 24), Size(columns: 40, rows: 12)] {
            let screen = notesScreen(showing: 0, size)
            for row in screen.rows { XCTAssertLessThanOrEqual(row.reduce(0) { $0 + $1.width }, size.columns) }
            assertSnapshot(screen.text, named: "notes-team-questions.\(size)")
        }
        XCTAssertFalse(notesScreen(showing: 0, Size(columns: 80, rows: 24)).text.contains("Not a question"), "the section ends at the next heading")
    }

    func testTheNotesScreenShowsTheOpenQuestionsTallyAsItStands() {
        for size in [Size(columns: 80, rows: 24), Size(columns: 60, rows: 20)] {
            var follower = Follower(catalog: Self.catalog, window: size, showsNotes: true)
            follower = reduce(follower, .shared("slide principles 1 0")).state
            let page = try! XCTUnwrap(follower.presenterPage)
            let asked = RoomQuestion(number: 1, kind: .question, page: page, index: 0)
            follower = reduce(follower, .shared(RoomMessage.ask(asked).line)).state
            let before = render(follower).text
            XCTAssertTrue(before.contains(" Asked: "), before)
            XCTAssertTrue(before.contains(" 0 (0%)"), "no answers yet:\n\(before)")
            follower = reduce(follower, .shared(RoomMessage.tally(number: 1, counts: [3, 1, 0]).line)).state
            let screen = render(follower)
            for row in screen.rows { XCTAssertLessThanOrEqual(row.reduce(0) { $0 + $1.width }, size.columns) }
            let lines = screen.text.split(separator: "\n").map(String.init)
            XCTAssertTrue(lines.contains { $0.hasPrefix("   agree ") && $0.contains(" 3 (75%)") }, screen.text)
            XCTAssertTrue(lines.contains { $0.hasPrefix("   not sure ") && $0.contains(" 1 (25%)") }, screen.text)
            XCTAssertTrue(screen.text.contains("Questions for your team"), "the notes stay above it:\n\(screen.text)")
        }
    }

    func testANotesCommentStillShowsAfterTheQuestionsAndAloneAsBefore() {
        let both = notesScreen(showing: 1, Size(columns: 80, rows: 24)).text
        let questions = try? XCTUnwrap(both.range(of: "Is the split of risk fair?"))
        let notes = try? XCTUnwrap(both.range(of: "Give the room five minutes."))
        XCTAssertLessThan(questions?.lowerBound ?? both.endIndex, notes?.lowerBound ?? both.startIndex, both)
        let alone = notesScreen(showing: 2, Size(columns: 80, rows: 24)).text
        XCTAssertTrue(alone.contains("  Ask who has heard from a resident this month."), alone)
        XCTAssertFalse(alone.contains(Page.teamQuestionsHeading), alone)
    }

    func testReadersSeeTheSectionInEveryOutput() throws {
        let id = PageID("principles/fairness")
        let question = "Is the split of risk fair?"
        let onScreen = render(State(catalog: Self.catalog, size: Size(columns: 80, rows: 24), start: id)).text
        XCTAssertTrue(onScreen.contains("Questions for your team") && onScreen.contains(question), onScreen)
        let text = PlainText(catalog: Self.catalog, width: 80, glyphs: .unicode).page(id)
        XCTAssertTrue(text.contains("Questions for your team\n───") && text.contains("• " + question), text)
        let markdown = MarkdownExport.page(id, in: Self.catalog)
        XCTAssertTrue(markdown.contains("## Questions for your team\n\n- " + question), markdown)
        XCTAssertFalse(markdown.contains("five minutes"), "the notes comment stays the presenter's")
        let html = HTMLHandout.document(from: id, in: Self.catalog, all: false)
        XCTAssertTrue(html.contains(">Questions for your team</h3>") && html.contains("<li>" + question + "</li>"), html)
        XCTAssertFalse(html.contains("five minutes"))
    }

    /// On the built-in toolkit's 17 case studies, principles and correctives, the questions reach
    /// `show`, the Markdown and HTML handouts and the presenter's notes screen, each of them.
    func testTheBuiltInQuestionsReachEveryOutputAndTheNotesScreen() throws {
        guard case let .success(builtin) = CatalogLoader.load(BuiltinContent.files) else { return XCTFail("built-in content does not load") }
        let pages = ["case-studies", "principles", "correctives"].flatMap { section in
            builtin[PageID(section)].children.filter { !$0.path.hasSuffix("/overview") }.map { (section, $0) }
        }
        XCTAssertEqual(pages.count, 17)
        for (section, id) in pages {
            let questions = builtin[id].teamQuestions
            XCTAssertTrue((3...5).contains(questions.count), "\(id): \(questions)")
            let text = PlainText(catalog: builtin, width: 1_000, glyphs: .unicode).page(id)
            let markdown = MarkdownExport.page(id, in: builtin)
            let html = HTMLHandout.document(from: id, in: builtin, all: false)
            let item = builtin[PageID(section)].children.firstIndex(of: id)!
            let notes = render(reduce(Follower(catalog: builtin, window: Size(columns: 1_000, rows: 40), showsNotes: true),
                                      .shared("slide \(section) \(item + 1) 0")).state).text
                .replacingOccurrences(of: "\n    ", with: " ") // the notes column has a reading width: its wrapped lines joined
            for question in questions {
                // Up to the first character an output may write another way (markup, an escape).
                let start = String(question.prefix { !"*_[`'\"&<>\u{2019}".contains($0) }.prefix(30))
                XCTAssertTrue(text.contains("• " + question), "\(id) show lacks: \(question)")
                XCTAssertTrue(markdown.contains(start), "\(id) Markdown lacks: \(question)")
                XCTAssertTrue(html.contains("<li>" + start), "\(id) HTML lacks: \(question)")
                XCTAssertTrue(notes.contains("• " + question), "\(id) notes screen lacks: \(question)\n\(notes)")
            }
        }
    }
}

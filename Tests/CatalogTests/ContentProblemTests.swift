@testable import Catalog
import TestSupport
import XCTest

/// Every kind of broken content gives one message per problem, located at file:line.
final class ContentProblemTests: XCTestCase {
    func testMissingFrontMatter() {
        XCTAssertEqual(Fixture.problems([Fixture.root, SourceFile(path: "a.md", text: "# Just Markdown\n")]),
                       ["a.md:1:1: missing front matter: the file must start with a line '---', then 'title: ...', then '---'"])
    }

    func testUnclosedFrontMatter() {
        XCTAssertEqual(Fixture.problems([Fixture.root, SourceFile(path: "a.md", text: "---\ntitle: A\nText\n")]),
                       ["a.md:1:1: front matter is never closed: add a line '---' after the last field"])
    }

    func testBrokenYAMLIsReportedAtItsFileLine() {
        let problems = Fixture.problems([Fixture.root, Fixture.page("a.md", frontMatter: "title: A\nsummary: [unclosed")])
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].hasPrefix("a.md:4:"), problems[0])
        XCTAssertTrue(problems[0].contains("not valid YAML"), problems[0])
    }

    func testFrontMatterThatIsNotAMapping() {
        XCTAssertEqual(Fixture.problems([Fixture.root, Fixture.page("a.md", frontMatter: "- a\n- b")]),
                       ["a.md:2: front matter must be a mapping of fields such as 'title: ...'; it is a list"])
    }

    func testMissingTitleUnknownFieldAndBadOrderAreAllReported() {
        let problems = Fixture.problems([Fixture.root, Fixture.page("a.md", frontMatter: "titel: A\norder: first")])
        XCTAssertEqual(problems, [
            "a.md:2: unknown field 'titel' (known fields: title, short, summary, order, sources, updated)",
            "a.md:2: missing 'title' in front matter",
            "a.md:3: 'order' must be a whole number, not 'first'",
        ])
    }

    func testFieldsOfTheWrongShape() {
        let problems = Fixture.problems([Fixture.root, Fixture.page("a.md", frontMatter: "title: [A, B]\nsources: [ftp://x]")])
        XCTAssertEqual(problems, [
            "a.md:2: 'title' must be a single line of text, not a list",
            "a.md:3: source 'ftp://x' is not an http(s) URL",
        ])
    }

    func testLinkToNowhereNamesFileAndLine() {
        let problems = Fixture.problems([Fixture.root, Fixture.page("a.md", body: "Fine.\n\nSee [b](b.md).")])
        XCTAssertEqual(problems, ["a.md:6: link 'b.md' leads to no page (there is no b.md)"])
    }

    func testLinkToAMissingHeading() {
        let problems = Fixture.problems([Fixture.root, Fixture.page("a.md", body: "## Here\n\n[x](#there)")])
        XCTAssertEqual(problems, ["a.md:6: link '#there': page 'a' has no heading with anchor #there"])
    }

    func testLinksThatLeaveTheToolkit() {
        let problems = Fixture.problems([Fixture.root, Fixture.page("a.md", body: "[x](javascript:alert(1)) [y](../../etc.md) [z](b.txt)")])
        XCTAssertEqual(problems, [
            "a.md:4: link 'javascript:alert(1)' uses 'javascript:'; only http, https and mailto links may leave the toolkit",
            "a.md:4: link '../../etc.md' leads outside the content folder",
            "a.md:4: link 'b.txt' should name a .md file (internal links are relative paths to pages)",
        ])
    }

    func testDuplicateIds() {
        let problems = Fixture.problems([Fixture.root, Fixture.page("a.md"), Fixture.page("a/index.md")])
        XCTAssertEqual(problems, ["a/index.md:1: page id 'a' is already used by a.md"])
    }

    func testFolderWithoutIndexAndMissingRoot() {
        XCTAssertEqual(Fixture.problems([Fixture.root, Fixture.page("a/b.md")]),
                       ["a/b.md:1: its folder has no a/index.md, so the page has no place in the menu"])
        XCTAssertEqual(Fixture.problems([Fixture.page("a.md")]),
                       ["a.md:1: its folder has no index.md, so the page has no place in the menu",
                        "index.md: missing: the content folder needs an index.md for the toolkit menu"])
    }

    func testControlCharactersInContentAreMadeVisible() {
        let catalog = Fixture.load([Fixture.root, Fixture.page("a.md", frontMatter: "title: \"Bad \\e[31m\\x9B\u{202E}\"", body: "Text \u{1B}]52;c;aGk=\u{07} end")])
        let page = catalog[PageID("a")]
        XCTAssertEqual(page.title, "Bad ^[[31m<U+009B><U+202E>")
        XCTAssertEqual(page.blocks.first, .paragraph([Inline("Text ^[]52;c;aGk=^G end")]))
    }

    func testProblemMessagesAreSanitisedToo() {
        let problems = Fixture.problems([Fixture.root, Fixture.page("a.md", body: "[x](\u{1B}[2J.md)")])
        XCTAssertFalse(problems.joined().unicodeScalars.contains { $0.value == 0x1B })
    }
}

import Catalog
import XCTest

/// Small content folders for tests, and a way to load them that fails the test on any problem.
public enum Fixture {
    /// A toolkit with two sections, a leaf under the root, headings, links of every kind, a list,
    /// a table and a page long enough to scroll.
    public static let files = files(paragraphs: 12)

    /// The fixture toolkit with `paragraphs` paragraphs in each part of its long page.
    public static func files(paragraphs: Int) -> [SourceFile] { [
        SourceFile(path: "index.md", text: """
            ---
            title: Fixture Toolkit
            short: Fixture
            summary: A toolkit for tests
            updated: 2026-01-01
            sources: [https://example.org/]
            ---
            A small toolkit that the tests walk through.
            """),
        SourceFile(path: "alpha/index.md", text: """
            ---
            title: Alpha section
            short: Alpha
            summary: The first section
            order: 1
            sources: [https://example.org/alpha]
            ---
            """),
        SourceFile(path: "alpha/one.md", text: """
            ---
            title: Page one
            short: One
            summary: A long page with links
            order: 1
            sources:
              - https://example.org/one
            ---
            Jump to [the second part](#second-part) or read [page two](two.md).

            ## First part

            \((1...paragraphs).map { "Paragraph \($0) of the first part, long enough to wrap at narrow widths." }.joined(separator: "\n\n"))

            - A bullet with **bold** text
            - A bullet linking [beta's page](../beta/three.md)

            | Name | Value |
            |------|------:|
            | One  | 1     |
            | Two  | 22    |

            ## Second part

            > A quotation with a [web link](https://example.org/quoted).

            \((1...paragraphs).map { "Paragraph \($0) of the second part." }.joined(separator: "\n\n"))
            """),
        SourceFile(path: "alpha/two.md", text: """
            ---
            title: Page two
            short: Two
            summary: A short page
            order: 2
            sources: [https://example.org/two]
            ---
            Back to [the second part of page one](one.md#second-part).
            """),
        SourceFile(path: "beta/index.md", text: """
            ---
            title: Beta section
            short: Beta
            summary: The second section
            order: 2
            sources: [https://example.org/beta]
            ---
            """),
        SourceFile(path: "beta/three.md", text: """
            ---
            title: Page three
            short: Three
            summary: The only page of beta
            order: 1
            sources: [https://example.org/three]
            ---
            A page with no links of its own.
            """),
        SourceFile(path: "about.md", text: """
            ---
            title: About the fixture
            short: About
            summary: A leaf directly under the menu
            order: 3
            sources: [https://example.org/about]
            ---
            Nothing more to say.
            """),
    ] }

    /// A toolkit whose one section holds a checklist: task-list items under two headings, one
    /// written checked, one wrapping, one nested under a bullet, one with inline markup and a link.
    public static let checklistFiles: [SourceFile] = [
        page("index.md", frontMatter: "title: Checklist Toolkit\nshort: Checklists\nsummary: A toolkit with a checklist"),
        page("tools/index.md", frontMatter: "title: Tools\nsummary: Things to use\norder: 1"),
        SourceFile(path: "tools/checklist.md", text: """
            ---
            title: The checklist
            short: Checklist
            summary: Questions to answer as a partnership
            order: 1
            sources: [https://example.org/checklist]
            ---
            Tick what your partnership already does.

            ## Shared purpose

            - [ ] Do we agree what the partnership is **for**?
            - [x] Do we meet as partners, not as buyer and seller, at least once a quarter, with every provider in the room?
            - [ ] Do we read the [second principle](other.md) together?

            ## Risk

            - [ ] Do we share   risk?
            - A plain bullet
              - [ ] Do we know who holds each risk?
            """),
        page("tools/other.md", frontMatter: "title: Another tool\nsummary: Without items\norder: 2", body: "No boxes here: [ ] is only text."),
    ]

    /// The checklist toolkit, loaded.
    public static var checklistCatalog: Catalog { load(checklistFiles) }

    /// The fixture toolkit, loaded.
    public static var catalog: Catalog { load(files) }

    /// Loads files, failing the calling test on any content problem.
    public static func load(_ files: [SourceFile], file: StaticString = #filePath, line: UInt = #line) -> Catalog {
        switch CatalogLoader.load(files) {
        case let .success(catalog):
            return catalog
        case let .failure(problems):
            XCTFail("fixture has problems:\n\(problems)", file: file, line: line)
            preconditionFailure("fixture does not load")
        }
    }

    /// The problems loading files reports, failing the calling test if it loads.
    public static func problems(_ files: [SourceFile], file: StaticString = #filePath, line: UInt = #line) -> [String] {
        switch CatalogLoader.load(files) {
        case .success:
            XCTFail("expected content problems, but the files loaded", file: file, line: line)
            return []
        case let .failure(problems):
            return problems.problems.map(\.description)
        }
    }

    /// A page file with the given front matter lines and body.
    public static func page(_ path: String, frontMatter: String = "title: A page", body: String = "Text.") -> SourceFile {
        SourceFile(path: path, text: "---\n\(frontMatter)\n---\n\(body)\n")
    }

    /// The minimal valid root menu file.
    public static let root = page("index.md", frontMatter: "title: Root")
}

import Catalog

/// A toolkit for search tests, whose pages spell the same words in the ways readers and writers
/// do: `Barnardo's`, `Barnardo’s`, `Barnardos`; `co-production`, `coproduction`; `partnership`,
/// `partnerships`, `partnering`; `social value` as a phrase and apart.
public enum SearchFixture {
    /// The files.
    public static let files: [SourceFile] = [
        Fixture.page("index.md", frontMatter: "title: Search Toolkit", body: "Case studies and tools."),
        Fixture.page("cases/index.md", frontMatter: "title: Case studies\norder: 1", body: "Three partners."),
        Fixture.page("cases/leicester.md", frontMatter: "title: Leicestershire partnership\norder: 1", body: """
            Barnardo's runs the service with the council. The partnership puts social value at its heart.

            Co-production with families shaped it.
            """),
        Fixture.page("cases/oldham.md", frontMatter: "title: Oldham partnerships\norder: 2", body: """
            Barnardo’s took part. Partnering for social value meant a simple procurement.
            """),
        Fixture.page("cases/plymouth.md", frontMatter: "title: Plymouth alliance\norder: 3", body: """
            Barnardos is one of the providers. The alliance values social outcomes.
            """),
        Fixture.page("tools/index.md", frontMatter: "title: Tools\norder: 2", body: "Checklists."),
        Fixture.page("tools/checklist.md", frontMatter: "title: Procurement checklist\norder: 1", body: """
            A procurement checklist. Coproduction means designing services with people.
            """),
    ]

    /// The toolkit, loaded.
    public static var catalog: Catalog { Fixture.load(files) }

    /// Each query of issue 18's table with the pages it must find, in menu order.
    public static let expected: [(query: String, pages: [String])] = [
        ("Barnardo's", ["cases/leicester", "cases/oldham", "cases/plymouth"]),
        ("Barnardos", ["cases/leicester", "cases/oldham", "cases/plymouth"]),
        ("Barnardo\u{2019}s", ["cases/leicester", "cases/oldham", "cases/plymouth"]),
        ("partnership", ["cases/leicester", "cases/oldham"]),
        ("partnerships", ["cases/leicester", "cases/oldham"]),
        ("co-production", ["cases/leicester", "tools/checklist"]),
        ("coproduction", ["cases/leicester", "tools/checklist"]),
        ("co production", ["cases/leicester", "tools/checklist"]),
        ("\"social value\"", ["cases/leicester", "cases/oldham"]),
        ("social value", ["cases/leicester", "cases/oldham", "cases/plymouth"]),
        ("partner*", ["cases", "cases/leicester", "cases/oldham"]),
        ("procurement", ["cases/oldham", "tools/checklist"]),
    ]
}

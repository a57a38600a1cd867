/// Queries that readers type in every way the search should forgive, run through the full
/// screen, `--plain` and `toolkit search` on the built-in toolkit, which must list the same pages
/// in the same order: hyphenated words, their parts and joined forms in several word forms, a
/// misspelling that matches nothing, one that matches by its stem, phrases and prefixes.
public enum SearchAgreement {
    /// The queries.
    public static let queries: [String] = [
        "co-production", "co-produce", "coproduced", "coproduction", "co production", "co-produced",
        "partnership", "partnerships", "partnering",
        "procurment", "partnrship", "procuremnt",
        "\"social value\"", "social value", "\"public benefit sector\"",
        "partner*", "commission*",
        "Plymouth", "Barnardo's",
    ]

    /// The spellings of one word that must find the same pages.
    public static let coProduction: [String] = ["co-production", "co-produce", "coproduced", "coproduction", "co production", "co-produced"]
}

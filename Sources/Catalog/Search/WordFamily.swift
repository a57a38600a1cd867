/// The key that puts a word with the verb or noun it is formed from where Snowball's stemmer keeps
/// them apart: `production` stems to `product` but `produce` to `produc`, so `co-production` found
/// one page of the toolkit and `co-produce` five. A word matches a query word when their stems
/// or their families are equal.
enum WordFamily {
    /// Endings of a lower-case word whose stem keeps letters the related verb's stem lacks: the
    /// word's ending, the stem's ending, and what that stem ending becomes.
    private static let rules: [(word: String, stem: String, family: String)] = [
        ("duction", "duct", "duc"),     // production, reduction, introduction: produce, reduce, introduce
        ("ductions", "duct", "duc"),
        ("sumption", "sumpt", "sum"),   // consumption, assumption: consume, assume
        ("sumptions", "sumpt", "sum"),
        ("ision", "is", "id"),          // decision, division, provision: decide, divide, provide
        ("isions", "is", "id"),
    ]

    /// The family of a lower-case word whose stem is `stem`: the stem itself, unless one of the
    /// rules applies.
    static func of(lower: String, stem: String) -> String {
        for rule in rules where lower.hasSuffix(rule.word) && stem.hasSuffix(rule.stem) {
            return String(stem.dropLast(rule.stem.count)) + rule.family
        }
        return stem
    }
}

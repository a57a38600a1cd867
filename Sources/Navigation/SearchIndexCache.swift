import Catalog

/// The search index, built a part at a time while no key waits and kept. A cache never makes two
/// states different, so any two compare equal; how far it has got shows in the prompt's list and
/// the results, which do.
struct SearchIndexCache: Equatable, Sendable {
    /// The index, as far as it has been built.
    var index: SearchIndex

    static func == (lhs: SearchIndexCache, rhs: SearchIndexCache) -> Bool { true }
}

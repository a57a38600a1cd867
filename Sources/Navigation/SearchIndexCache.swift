import Catalog

/// The search index, kept once built. A cache never makes two states different, so any two
/// compare equal.
struct SearchIndexCache: Equatable, Sendable {
    /// The index, once the first search has built it.
    var index: SearchIndex?

    static func == (lhs: SearchIndexCache, rhs: SearchIndexCache) -> Bool { true }
}

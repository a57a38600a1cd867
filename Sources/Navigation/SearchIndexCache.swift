import Catalog

/// The search index, built a part at a time while no key waits and kept. Two caches of one
/// catalog hold the same index exactly when they have got as far, so that is what they compare:
/// a step of building shows in a transition like any other change.
struct SearchIndexCache: Equatable, Sendable {
    /// The index, as far as it has been built.
    var index: SearchIndex

    static func == (lhs: SearchIndexCache, rhs: SearchIndexCache) -> Bool {
        lhs.index.stepsBeforePages == rhs.index.stepsBeforePages && lhs.index.pagesIndexed == rhs.index.pagesIndexed
    }
}

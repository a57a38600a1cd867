import Catalog

/// A search the reader confirmed: its query and the pages that matched, best first. While it is
/// active its matches are marked on every page and `n`/`N` step through them.
public struct SearchSession: Equatable, Sendable {
    /// The query.
    public var query: SearchQuery
    /// The matching pages, in rank order.
    public var hits: [PageID]
}

import Synchronization

/// A page's body, shared by the copies of a `Page`: built the first time it is asked for (by
/// the store that reads the page), then kept.
final class LazyBody: Sendable {
    /// The store that builds the body and the page it belongs to; nil for a body given up front.
    private let origin: (store: PageStore, id: PageID)?
    private let built: Mutex<PageBody?>

    /// A body that is already known.
    init(_ body: PageBody) {
        origin = nil
        built = Mutex(body)
    }

    /// The body of page `id`, to be built by `store` when first asked for.
    init(id: PageID, in store: PageStore) {
        origin = (store, id)
        built = Mutex(nil)
    }

    /// The body, built now if it was not yet.
    var body: PageBody {
        if let known = built.withLock({ $0 }) { return known }
        // A content without a known body always has an origin (see the two initialisers).
        let body = origin!.store.body(of: origin!.id)
        built.withLock { $0 = body }
        return body
    }
}

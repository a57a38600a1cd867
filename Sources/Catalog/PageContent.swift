import Synchronization

/// A page's body, shared by the copies of a `Page`: built the first time it is asked for (from
/// the store that read the page), then kept.
final class PageContent: Sendable {
    private let store: PageStore?
    private let id: PageID
    private let built: Mutex<PageBody?>

    /// A body that is already known.
    init(_ body: PageBody) {
        store = nil
        id = .root
        built = Mutex(body)
    }

    /// The body of page `id`, to be built by `store` when first asked for.
    init(id: PageID, in store: PageStore) {
        self.store = store
        self.id = id
        built = Mutex(nil)
    }

    /// The body, built now if it was not yet.
    var body: PageBody {
        if let known = built.withLock({ $0 }) { return known }
        let body = store!.body(of: id)
        built.withLock { $0 = body }
        return body
    }
}

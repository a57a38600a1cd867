/// The toolkit: every page by id, arranged as the menu tree under `PageID.root`. Pages are read
/// from their files as they are needed (see `PageStore`), so a catalog of 10,000 pages costs
/// little until its pages are shown.
public struct Catalog: Equatable, Sendable {
    let store: PageStore

    /// Creates a catalog over a store (`CatalogLoader` is the way to make one).
    init(store: PageStore) {
        self.store = store
    }

    /// Every page id, sorted.
    public var ids: [PageID] { store.outline.ids }

    /// Whether a page has this id.
    public func contains(_ id: PageID) -> Bool { store.outline.files[id] != nil }

    /// The page with this id, or nil if there is none.
    public func page(_ id: PageID) -> Page? {
        contains(id) ? Page(id: id, in: store) : nil
    }

    /// What the page's front matter says, which is all a menu shows of it: unlike `self[id]`,
    /// this does not read the front matter of the page's children too.
    public func entry(_ id: PageID) -> MenuEntry { store.header(id) }

    /// The page `id` with only the first part of its body, when the page is long enough to be
    /// worth showing before it is parsed whole: its first blocks and links are the whole page's.
    /// Nil for a page that is parsed at once.
    public func opening(of id: PageID) -> Page? {
        guard contains(id), let body = store.opening(of: id) else { return nil }
        return Page(id: id, in: store, body: body)
    }

    /// Every page, by id; this reads the front matter of every page.
    public var pages: [PageID: Page] {
        Dictionary(uniqueKeysWithValues: ids.map { ($0, Page(id: $0, in: store)) })
    }

    /// The toolkit menu.
    public var root: Page { self[.root] }

    /// The page with this id; the id must exist.
    public subscript(id: PageID) -> Page {
        guard let page = page(id) else { preconditionFailure("no page \(id) in the catalog") }
        return page
    }

    /// What is wrong with the page: its file cannot be read, its front matter is broken, or a
    /// link leads nowhere. Empty for every page of a catalog that loaded checked whole.
    public func problems(of id: PageID) -> [ContentProblem] { store.problems(of: id) }

    /// Reads up to `pages` more pages ahead of need, for "Linked from", so that the first page
    /// opened in a large toolkit does not wait for all of them; returns whether any are left.
    /// The event loop calls it while no key is waiting.
    public func readAhead(pages: Int = 10) -> Bool { store.readAhead(pages: pages) }

    /// Whether some pages are still to be read for "Linked from" (see `readAhead`).
    public var hasPagesToReadAhead: Bool { store.hasPagesToReadAhead }

    /// Catalogs are equal when they read the same store.
    public static func == (lhs: Catalog, rhs: Catalog) -> Bool { lhs.store === rhs.store }

    /// Every page in menu order: a page, then its children's subtrees.
    public var pagesInMenuOrder: [PageID] { store.menuOrder() }

    /// The page's position among its siblings: (1-based index, count), or nil for the root.
    public func position(of id: PageID) -> (index: Int, count: Int)? {
        guard let parent = id.parent, contains(parent) else { return nil }
        let siblings = store.children(of: parent)
        return siblings.firstIndex(of: id).map { ($0 + 1, siblings.count) }
    }

    /// The chain of pages from the root down to `id`, both included.
    public func ancestry(of id: PageID) -> [PageID] {
        var chain: [PageID] = [id]
        var current = id
        while let parent = current.parent {
            chain.insert(parent, at: 0)
            current = parent
        }
        return chain
    }

    /// Looks up what a person typed as a page id: the exact id, `menu` for the root, with or
    /// without a trailing `.md` or `/`, or a page's menu number as `tree` and go-to show it (`3.7`).
    public func resolve(_ typed: String) -> PageID? {
        var path = typed
        if path == "menu" || path == "index" || path == "/" { return .root }
        if path.hasSuffix(".md") { path.removeLast(3) }
        if path.hasSuffix("/index") { path.removeLast(6) }
        while path.hasSuffix("/") { path.removeLast() }
        let id = PageID(path)
        if contains(id) { return id }
        return page(numbered: path)
    }

    /// The page a menu number names (`3.7`: the item numbered 7 of the root's item 3), following
    /// only the menus on its way.
    private func page(numbered typed: String) -> PageID? {
        let parts = typed.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        var current = PageID.root
        for part in parts {
            guard let number = Int(part), let index = itemNumbers(of: current).index(of: number) else { return nil }
            current = self[current].children[index]
        }
        return current
    }

    /// Up to `limit` page ids that look like what was typed, closest first, for "did you mean":
    /// what contains it, then near misses of the whole id, of one of its words (`oldhm` for
    /// `oldham-social-prescribing`, a plural's `s` optional) or of its title; sections before
    /// their pages.
    public func nearMatches(for typed: String, limit: Int = 3) -> [PageID] {
        let needle = ASCIIFolding.foldLetters(typed.lowercased())
        let threshold = 1 + max(2, needle.count / 3)
        let wordThreshold = max(1, needle.count / 4)
        // Titles need each page's front matter: read for a toolkit of ordinary size only, since
        // a mistyped id should not read 10,000 files before saying so.
        let readsTitles = ids.count <= Self.pagesWhoseTitlesAreSuggested
        let scored = ids.filter { !$0.isRoot }.map { id -> (PageID, Int) in
            let path = id.path.lowercased()
            let leaf = path.split(separator: "/").last.map(String.init) ?? path
            if path.contains(needle) { return (id, 0) }
            if !needle.isEmpty && needle.contains(leaf) { return (id, 1) }
            var words = path.split { $0 == "/" || $0 == "-" }.map(String.init)
            var score = 1 + min(EditDistance.between(needle, path), EditDistance.between(needle, leaf))
            if readsTitles {
                let title = ASCIIFolding.foldLetters(self[id].title.lowercased())
                if !needle.isEmpty && title.contains(needle) { return (id, 1) }
                score = min(score, 1 + EditDistance.between(needle, title))
                words += title.split { !$0.isLetter && !$0.isNumber }.map(String.init)
            }
            let nearestWord = words.filter { $0.count > 3 }.map { word in
                min(EditDistance.between(needle, word), word.hasSuffix("s") ? EditDistance.between(needle, String(word.dropLast())) : .max)
            }.min() ?? .max
            if nearestWord <= wordThreshold { score = min(score, 1 + nearestWord) }
            return (id, score)
        }
        return scored.filter { $0.1 <= threshold }
            .sorted { ($0.1, depth($0.0), $0.0) < ($1.1, depth($1.0), $1.0) }
            .prefix(limit).map(\.0)
    }

    private func depth(_ id: PageID) -> Int { id.path.utf8.count { $0 == UInt8(ascii: "/") } }

    /// The largest toolkit whose titles are compared with a mistyped id.
    static let pagesWhoseTitlesAreSuggested = 1_000
}

import Synchronization

/// Reads and parses a catalog's pages as they are needed, and keeps what it read: the front
/// matter of every page met so far, the parsed bodies of the pages opened lately (of every page
/// when the catalog is checked whole), and "Linked from" once a page has needed it. Content does
/// not change while it is read, so a page read late is the page that would have been read early.
///
/// This file is the cache and a page's body; each other job has a file of its own: a long page's
/// opening (`PageStore+Opening`), "Linked from" (`PageStore+LinkedFrom`), resolving links
/// (`PageStore+Links`) and a page's problems (`PageStore+Problems`).
final class PageStore: Sendable {
    /// Where the files are.
    let source: ContentSource
    /// Every page id and where it sits, from the file names.
    let outline: ContentOutline
    /// Whether every parsed body is kept and every link's `#anchor` checked against its page's
    /// headings (which parses the page linked to): what checking a whole catalog needs.
    let checksEveryPage: Bool
    /// Whether every parsed and built body is kept, rather than the latest few: true for content
    /// small enough to check whole, whose bodies all fit in a few megabytes.
    let keepsEveryBody: Bool

    let headers = Mutex<[PageID: MenuEntry]>([:])
    private let menus = Mutex<[PageID: [PageID]]>([:])
    let parsed = Mutex<[PageID: ParsedFile]>([:])
    let bodies = Mutex<[PageID: PageBody]>([:])
    let anchors = Mutex<[PageID: Set<String>]>([:])
    let linkedFrom = Mutex<[PageID: [PageID]]?>(nil)
    let survey = Mutex(Survey())

    /// How far working out "Linked from" has gone: the pages read so far and where each links.
    struct Survey {
        var read = 0
        var targets: [PageID: [PageID]] = [:]
    }

    /// How many parsed and built bodies a large catalog keeps: enough for the pages a
    /// reader goes back and forth between, few enough that reading every page (for "Linked
    /// from" or a search) keeps memory flat.
    private static let recentBodies = 16

    /// Creates a store; nothing is read yet.
    init(source: ContentSource, outline: ContentOutline, checksEveryPage: Bool, keepsEveryBody: Bool) {
        self.source = source
        self.outline = outline
        self.checksEveryPage = checksEveryPage
        self.keepsEveryBody = keepsEveryBody
    }

    /// The page's front matter, read on first use.
    func header(_ id: PageID) -> MenuEntry {
        if let known = headers.withLock({ $0[id] }) { return known }
        let header = ParsedFile.header(path: outline.files[id]!, from: source)
        headers.withLock { $0[id] = header }
        return header
    }

    /// The pages under `id` in menu order: by their `order`, then by id.
    func children(of id: PageID) -> [PageID] {
        if let known = menus.withLock({ $0[id] }) { return known }
        let unsorted = outline.children[id] ?? []
        let orders = Dictionary(uniqueKeysWithValues: unsorted.map { ($0, header($0).order) })
        let sorted = unsorted.sorted { (orders[$0]!, $0) < (orders[$1]!, $1) }
        menus.withLock { $0[id] = sorted }
        return sorted
    }

    /// The file read and parsed, links unresolved.
    func parsedPage(_ id: PageID) -> ParsedFile {
        if let known = parsed.withLock({ $0[id] }) { return known }
        let page = ParsedFile(path: outline.files[id]!, from: source)
        headers.withLock { $0[id] = page.header }
        parsed.withLock { keep(page, as: id, in: &$0) }
        return page
    }

    /// What the page shows: its blocks with links resolved, and on a leaf page the footer.
    func body(of id: PageID) -> PageBody {
        if let known = bodies.withLock({ $0[id] }) { return known }
        let body = build(id)
        bodies.withLock { keep(body, as: id, in: &$0) }
        return body
    }

    func keep<Value>(_ value: Value, as id: PageID, in kept: inout [PageID: Value]) {
        if !keepsEveryBody && kept.count >= Self.recentBodies { kept.removeAll() }
        kept[id] = value
    }

    private func build(_ id: PageID) -> PageBody {
        let page = parsedPage(id)
        var body = PageBody(blocks: page.blocks, links: resolvedLinks(of: id, page.links).links, markdown: page.markdown, notes: page.notes)
        guard !id.isRoot else { return body }
        // "What next?" lists the main sections other than the one the page is in.
        let sections = children(of: .root).filter { $0 != Self.section(of: id) }
            .map { (id: $0, title: header($0).title, summary: header($0).summary) }
        if outline.children[id] == nil {
            let backlinks = backlinks(of: id).map { (id: $0, title: header($0).title) }
            let next = nextInSection(of: id).map { (id: $0, title: header($0).title, summary: header($0).summary) }
            body.appendFooter(sources: page.header.sources, sections: sections, linkedFrom: backlinks, next: next)
        } else {
            body.appendFooter(sources: [], sections: sections, linkedFrom: [], isMenu: true)
        }
        return body
    }

    /// The page after `id` among its siblings in menu order, which "What next?" names first
    /// (Principle 2 after Principle 1); nil for a menu, a page directly under the toolkit menu,
    /// and the last page of its menu.
    func nextInSection(of id: PageID) -> PageID? {
        guard outline.children[id] == nil, let parent = id.parent, !parent.isRoot else { return nil }
        let siblings = children(of: parent)
        guard let index = siblings.firstIndex(of: id), index + 1 < siblings.count else { return nil }
        return siblings[index + 1]
    }

    /// The main section a page is in: its id's first component (a page under the root is its own).
    static func section(of id: PageID) -> PageID {
        guard let slash = id.path.firstIndex(of: "/") else { return id }
        return PageID(String(id.path[..<slash]))
    }

    /// Every page in menu order: a page, then its children's subtrees.
    func menuOrder() -> [PageID] {
        var result: [PageID] = []
        func visit(_ id: PageID) {
            result.append(id)
            children(of: id).forEach(visit)
        }
        visit(.root)
        return result
    }

}

import Synchronization

/// Reads and parses a catalog's pages as they are needed, and keeps what it read: the front
/// matter of every page met so far, the parsed bodies of the pages opened lately (of every page
/// when the catalog is checked whole), and "Linked from" once a page has needed it. Content does
/// not change while it is read, so a page read late is the page that would have been read early.
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

    private let headers = Mutex<[PageID: MenuEntry]>([:])
    private let menus = Mutex<[PageID: [PageID]]>([:])
    private let parsed = Mutex<[PageID: ParsedFile]>([:])
    private let bodies = Mutex<[PageID: PageBody]>([:])
    private let anchors = Mutex<[PageID: Set<String>]>([:])
    private let linkedFrom = Mutex<[PageID: [PageID]]?>(nil)
    private let survey = Mutex(Survey())

    /// How far working out "Linked from" has gone: the pages read so far and where each links.
    private struct Survey {
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

    /// The first part of a long page's body, parsed alone so that its first screens can be shown
    /// before the whole page is parsed (see `MarkdownOpening`), without the footer; nil for a page
    /// parsed at once, or already parsed. Its links are resolved without checking anchors on the
    /// page itself, which would mean parsing all of it.
    func opening(of id: PageID) -> PageBody? {
        guard outline.children[id] == nil, parsed.withLock({ $0[id] == nil }), bodies.withLock({ $0[id] == nil }),
              let path = outline.files[id], source.holds(atLeast: MarkdownOpening.minimumBody, at: path),
              case let .success(text) = source.text(of: path),
              case let .success((_, body, bodyLine)) = FrontMatter.split(SourceFile(path: path, text: text)),
              let opening = MarkdownOpening.prefix(of: body) else { return nil }
        let parsed = MarkdownParser.parse(opening, firstLine: bodyLine)
        let written = parsed.links.map { ParsedFile.RawLink(destination: $0.destination, line: $0.line) }
        return PageBody(blocks: parsed.blocks, links: resolvedLinks(of: id, written, checkingAnchors: false).links,
                        markdown: opening, notes: parsed.notes)
    }

    /// What the page shows: its blocks with links resolved, and on a leaf page the footer.
    func body(of id: PageID) -> PageBody {
        if let known = bodies.withLock({ $0[id] }) { return known }
        let body = build(id)
        bodies.withLock { keep(body, as: id, in: &$0) }
        return body
    }

    private func keep<Value>(_ value: Value, as id: PageID, in kept: inout [PageID: Value]) {
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

    /// The pages whose text links to `id`, in menu order. The first call reads every page that
    /// `readAhead` has not read yet.
    func backlinks(of id: PageID) -> [PageID] {
        while readAhead(pages: 1_000) {}
        return linkedFrom.withLock { $0?[id] } ?? []
    }

    /// Whether `readAhead` has pages left to read.
    var hasPagesToReadAhead: Bool { linkedFrom.withLock { $0 == nil } }

    /// Reads up to `count` more pages for "Linked from", so that the first page opened need not
    /// read them all; returns whether any are left.
    func readAhead(pages count: Int) -> Bool {
        survey.withLock { survey in
            let ids = outline.ids
            guard survey.read < ids.count else { return false }
            let end = min(ids.count, survey.read + count)
            for source in ids[survey.read..<end] {
                survey.targets[source] = pageTargets(of: source)
            }
            survey.read = end
            guard end == ids.count else { return true }
            var index: [PageID: [PageID]] = [:]
            for source in menuOrder() {
                for target in survey.targets[source] ?? [] where index[target]?.contains(source) != true {
                    index[target, default: []].append(source)
                }
            }
            survey.targets = [:]
            linkedFrom.withLock { $0 = index }
            return false
        }
    }

    /// The other pages `source` links to. A page already parsed, or any page of a catalog
    /// checked whole, gives its parsed links; otherwise only its links are looked for.
    private func pageTargets(of source: PageID) -> [PageID] {
        let links: [ParsedFile.RawLink]
        if checksEveryPage || parsed.withLock({ $0[source] != nil }) {
            links = parsedPage(source).links
        } else {
            let (header, found) = ParsedFile.links(path: outline.files[source]!, from: self.source)
            headers.withLock { $0[source] = header }
            links = found
        }
        // Anchors do not change which page a link leads to.
        return resolvedLinks(of: source, links, checkingAnchors: false).links.compactMap { link in
            if case let .page(target, _) = link.target, target != source { return target }
            return nil
        }
    }

    /// The page's problems: its file's, then its links'.
    func problems(of id: PageID) -> [ContentProblem] {
        let page = parsedPage(id)
        return page.problems + resolvedLinks(of: id, page.links).problems
    }

    /// Every problem in the content: the outline's, then each file's, then each link's, in file order.
    func problems() -> [ContentProblem] {
        var problems = outline.problems
        for id in outline.ids {
            problems += self.problems(of: id)
        }
        return Self.inFileOrder(problems)
    }

    /// `problems` sorted by file and line, those at one place in the order they were found.
    static func inFileOrder(_ problems: [ContentProblem]) -> [ContentProblem] {
        problems.enumerated().sorted {
            ($0.element.file, $0.element.line ?? 0, $0.offset) < ($1.element.file, $1.element.line ?? 0, $1.offset)
        }.map(\.element)
    }

    /// Reads and parses the page without keeping it, remembering only its headings' anchors, so
    /// that checking every page can read them one at a time and still check links to anchors.
    func readOnce(_ id: PageID) -> ParsedFile {
        let page = ParsedFile(path: outline.files[id]!, from: source)
        let found = Set(Block.headingAnchors(in: page.blocks))
        anchors.withLock { $0[id] = found }
        return page
    }

    /// The page's links resolved to pages, and a problem for each that leads nowhere (such a link
    /// leads back to its own page, so that reading can go on).
    /// `checkingAnchors` checks `#anchors` against the headings of the page linked to (on a catalog
    /// read lazily, only of the page itself, which is parsed already).
    func resolvedLinks(of id: PageID, _ written: [ParsedFile.RawLink], checkingAnchors: Bool = true) -> (links: [Link], problems: [ContentProblem]) {
        let file = outline.files[id]!
        // The folder is split once per page rather than once per link.
        let folder = file.split(separator: "/").dropLast().map(String.init)
        var links: [Link] = []
        var problems: [ContentProblem] = []
        for raw in written {
            switch resolve(raw.destination, from: id, folder: folder, checkingAnchors: checkingAnchors) {
            case let .success(target):
                links.append(Link(target: target, line: raw.line))
            case let .failure(problem):
                problems.append(ContentProblem(file: file, line: raw.line, message: problem.message))
                links.append(Link(target: .page(id, anchor: nil), line: raw.line))
            }
        }
        return (links, problems)
    }

    private func resolve(_ destination: String, from page: PageID, folder: [String], checkingAnchors: Bool) -> Result<LinkTarget, LinkProblem> {
        // Bytes, not Characters: "Linked from" resolves every link of every page, and
        // `:`, `#`, `/` and `.` are ASCII, so finding them by byte finds the same places.
        let bytes = destination.utf8
        if bytes.isEmpty { return .failure(LinkProblem("a link has no destination")) }
        if let colon = bytes.firstIndex(of: UInt8(ascii: ":")), !bytes[..<colon].contains(UInt8(ascii: "/")) {
            let scheme = destination[..<colon].lowercased()
            let shown = VisibleText.make(destination)
            guard ["http", "https", "mailto"].contains(scheme) else {
                return .failure(LinkProblem("link '\(shown)' uses '\(scheme):'; only http, https and mailto links may leave the toolkit"))
            }
            return .success(.external(shown))
        }
        let hash = bytes.firstIndex(of: UInt8(ascii: "#"))
        let path = destination[..<(hash ?? bytes.endIndex)]
        let anchor = hash.map { String(destination[bytes.index(after: $0)...]) }
        let target: PageID
        if path.isEmpty {
            target = page
        } else {
            guard path.utf8.count >= 3, path.utf8.reversed().starts(with: ".md".utf8.reversed()) else {
                return .failure(LinkProblem("link '\(VisibleText.make(destination))' should name a .md file (internal links are relative paths to pages)"))
            }
            var components = folder
            for component in path.utf8.split(separator: UInt8(ascii: "/")) {
                switch component.count {
                case 1 where component.first == UInt8(ascii: "."): continue
                case 2 where component.elementsEqual("..".utf8):
                    guard !components.isEmpty else {
                        return .failure(LinkProblem("link '\(VisibleText.make(destination))' leads outside the content folder"))
                    }
                    components.removeLast()
                default: components.append(String(Substring(component)))
                }
            }
            let file = components.joined(separator: "/")
            target = CatalogLoader.pageID(forFile: file)
            guard outline.files[target] != nil else {
                return .failure(LinkProblem("link '\(VisibleText.make(destination))' leads to no page (there is no \(file))"))
            }
        }
        if let anchor, checkingAnchors, checksEveryPage || target == page {
            guard headingAnchors(of: target).contains(anchor) else {
                return .failure(LinkProblem("link '\(VisibleText.make(destination))': page '\(target)' has no heading with anchor #\(VisibleText.make(anchor))"))
            }
        }
        return .success(.page(target, anchor: anchor))
    }

    private func headingAnchors(of id: PageID) -> Set<String> {
        if let known = anchors.withLock({ $0[id] }) { return known }
        let found = Set(Block.headingAnchors(in: parsedPage(id).blocks))
        anchors.withLock { $0[id] = found }
        return found
    }

    private struct LinkProblem: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }
}

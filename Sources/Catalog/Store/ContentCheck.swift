/// What `toolkit check` reports: every problem in a content folder, or how many pages and links
/// it has. It reads each page once and keeps only what checking needs (its links as written, its
/// headings' anchors and how many sources it cites), dropping the body before the next, so
/// checking 10,000 pages takes the memory of their links rather than of their text. The problems
/// and their order are those `CatalogLoader.load` reports.
public struct ContentCheck: Equatable, Sendable {
    /// How many pages the content has.
    public var pages: Int
    /// How many links its pages show, the generated footers' included.
    public var links: Int
    /// Every problem, in file order; empty when the content is sound.
    public var problems: [ContentProblem]

    /// Checks the `.md` files among `files`; other files are ignored.
    public init(_ files: [SourceFile]) {
        self.init(PageStore(source: .memory(Dictionary(files.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })),
                            outline: ContentOutline(paths: files.map(\.path)), checksEveryPage: true, keepsEveryBody: false),
                  listingProblems: [])
    }

    /// Checks the content folder at `folder`.
    public init(folder: String) throws(ContentFolder.Failure) {
        let listed = try ContentFolder.list(folder)
        self.init(PageStore(source: .folder(folder), outline: ContentOutline(paths: listed.paths), checksEveryPage: true, keepsEveryBody: false),
                  listingProblems: listed.problems)
    }

    private init(_ store: PageStore, listingProblems: [ContentProblem]) {
        let outline = store.outline
        // First every page is read once, so that its anchors are known before any link to them
        // is checked; then the links are resolved from what was kept.
        var written: [PageID: [ParsedFile.RawLink]] = [:]
        var fileProblems: [PageID: [ContentProblem]] = [:]
        var sources: [PageID: Int] = [:]
        for id in outline.ids {
            let page = store.readOnce(id)
            written[id] = page.links
            if !page.problems.isEmpty { fileProblems[id] = page.problems }
            sources[id] = page.header.sources.count
        }
        var problems = outline.problems
        var links = 0
        var linkedFrom: [PageID: Int] = [:]
        for id in outline.ids {
            let resolved = store.resolvedLinks(of: id, written.removeValue(forKey: id) ?? [])
            problems += (fileProblems[id] ?? []) + resolved.problems
            links += resolved.links.count
            let targets = Set(resolved.links.compactMap { link -> PageID? in
                if case let .page(target, _) = link.target, target != id { return target }
                return nil
            })
            for target in targets { linkedFrom[target, default: 0] += 1 }
        }
        let sections = outline.children[.root] ?? []
        for id in outline.ids where !id.isRoot {
            let others = sections.count - (sections.contains(PageStore.section(of: id)) ? 1 : 0)
            links += outline.children[id] == nil
                ? PageBody.footerLinkCount(sources: sources[id] ?? 0, sections: others, linkedFrom: linkedFrom[id] ?? 0,
                                           next: store.nextInSection(of: id) != nil)
                : PageBody.footerLinkCount(sources: 0, sections: others, linkedFrom: 0)
        }
        pages = outline.ids.count
        self.links = links
        self.problems = listingProblems + PageStore.inFileOrder(problems)
    }
}

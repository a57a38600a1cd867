/// Builds a `Catalog` from content files: parses each page, arranges the menu tree, resolves every
/// link, and reports every problem it finds (not just the first) as `file:line: message`.
public enum CatalogLoader {
    /// Loads the `.md` files among `files`; other files are ignored.
    public static func load(_ files: [SourceFile]) -> Result<Catalog, ContentProblems> {
        var problems: [ContentProblem] = []
        var pages: [PageID: Page] = [:]
        var rawLinks: [PageID: [(destination: String, line: Int)]] = [:]

        for file in files.sorted(by: { $0.path < $1.path }) where file.path.hasSuffix(".md") {
            let id = pageID(forFile: file.path)
            if let existing = pages[id] {
                problems.append(ContentProblem(file: file.path, line: 1, message:
                    "page id '\(id)' is already used by \(VisibleText.make(existing.file))"))
                continue
            }
            switch FrontMatter.split(file) {
            case let .failure(found):
                problems += found.problems
            case let .success((frontMatter, body, bodyLine)):
                let parsed = MarkdownParser.parse(body, firstLine: bodyLine)
                rawLinks[id] = parsed.links
                pages[id] = Page(
                    id: id, title: frontMatter.title, shortTitle: frontMatter.shortTitle ?? frontMatter.title,
                    summary: frontMatter.summary, order: frontMatter.order ?? Int.max, sources: frontMatter.sources, updated: frontMatter.updated,
                    blocks: parsed.blocks, links: [], children: [], file: file.path,
                    markdown: parsed.notes.isEmpty ? body : PresenterNotes.removed(from: body), notes: parsed.notes)
            }
        }

        if pages[.root] == nil && !files.contains(where: { $0.path == "index.md" }) {
            problems.append(ContentProblem(file: "index.md", message:
                "missing: the content folder needs an index.md for the toolkit menu"))
        }
        for id in pages.keys.sorted() {
            guard let parent = id.parent else { continue }
            if pages[parent] == nil {
                if !files.contains(where: { $0.path == indexFile(of: parent) }) {
                    problems.append(ContentProblem(file: pages[id]!.file, line: 1, message:
                        "its folder has no \(indexFile(of: parent)), so the page has no place in the menu"))
                }
                continue
            }
            pages[parent]!.children.append(id)
        }
        let orders = pages.mapValues(\.order)
        for id in pages.keys {
            pages[id]!.children.sort { (orders[$0]!, $0) < (orders[$1]!, $1) }
        }

        // Heading anchors are collected only for pages that links name an anchor in.
        var anchors: [PageID: Set<String>] = [:]
        for id in pages.keys.sorted() {
            let file = pages[id]!.file
            // The folder is split once per page rather than once per link.
            let folder = file.split(separator: "/").dropLast().map(String.init)
            var links: [Link] = []
            for raw in rawLinks[id] ?? [] {
                switch resolve(raw.destination, from: id, folder: folder, pages: pages, anchors: &anchors) {
                case let .success(target):
                    links.append(Link(target: target, line: raw.line))
                case let .failure(problem):
                    problems.append(ContentProblem(file: file, line: raw.line, message: problem.message))
                    links.append(Link(target: .page(id, anchor: nil), line: raw.line))
                }
            }
            pages[id]!.links = links
        }

        guard problems.isEmpty else {
            let ordered = problems.enumerated().sorted { ($0.element.file, $0.element.line ?? 0, $0.offset) < ($1.element.file, $1.element.line ?? 0, $1.offset) }
            return .failure(ContentProblems(ordered.map(\.element)))
        }
        let sections = pages[.root]!.children.map { (id: $0, title: pages[$0]!.title) }
        var linkedFrom: [PageID: [PageID]] = [:]
        let menuOrder = Catalog(pages: pages).pagesInMenuOrder
        for source in menuOrder {
            for link in pages[source]!.links {
                if case let .page(target, _) = link.target, target != source, linkedFrom[target]?.contains(source) != true {
                    linkedFrom[target, default: []].append(source)
                }
            }
        }
        for id in pages.keys where !pages[id]!.isMenu {
            let backlinks = (linkedFrom[id] ?? []).map { (id: $0, title: pages[$0]!.title) }
            pages[id]!.appendFooter(sections: sections, linkedFrom: backlinks)
        }
        return .success(Catalog(pages: pages))
    }

    /// The page id a content file has: its path without `.md`, and a folder's for `index.md`.
    public static func pageID(forFile path: String) -> PageID {
        var id = path.hasSuffix(".md") ? String(path.dropLast(3)) : path
        if id == "index" { return .root }
        if id.hasSuffix("/index") { id.removeLast(6) }
        return PageID(id)
    }

    private static func indexFile(of folder: PageID) -> String {
        folder.isRoot ? "index.md" : folder.path + "/index.md"
    }

    private static func headingAnchors(in blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case let .heading(_, _, anchor): return [anchor]
            case let .list(_, items): return items.flatMap { headingAnchors(in: $0) }
            case let .quote(inner): return headingAnchors(in: inner)
            default: return []
            }
        }
    }

    private static func resolve(
        _ destination: String, from page: PageID, folder: [String], pages: [PageID: Page], anchors: inout [PageID: Set<String>]
    ) -> Result<LinkTarget, LinkProblem> {
        let shown = VisibleText.make(destination)
        if destination.isEmpty { return .failure(LinkProblem("a link has no destination")) }
        if let colon = destination.firstIndex(of: ":"), !destination[..<colon].contains("/") {
            let scheme = destination[..<colon].lowercased()
            guard ["http", "https", "mailto"].contains(scheme) else {
                return .failure(LinkProblem("link '\(shown)' uses '\(scheme):'; only http, https and mailto links may leave the toolkit"))
            }
            return .success(.external(shown))
        }
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        let anchor = parts.count > 1 ? String(parts[1]) : nil
        let target: PageID
        if path.isEmpty {
            target = page
        } else {
            guard path.hasSuffix(".md") else {
                return .failure(LinkProblem("link '\(shown)' should name a .md file (internal links are relative paths to pages)"))
            }
            var components = folder
            for component in path.split(separator: "/") {
                switch component {
                case ".": continue
                case "..":
                    guard !components.isEmpty else {
                        return .failure(LinkProblem("link '\(shown)' leads outside the content folder"))
                    }
                    components.removeLast()
                default: components.append(String(component))
                }
            }
            target = pageID(forFile: components.joined(separator: "/"))
            guard pages[target] != nil else {
                return .failure(LinkProblem("link '\(shown)' leads to no page (there is no \(components.joined(separator: "/")))"))
            }
        }
        if let anchor {
            if anchors[target] == nil { anchors[target] = Set(headingAnchors(in: pages[target]?.blocks ?? [])) }
            guard anchors[target]?.contains(anchor) == true else {
                return .failure(LinkProblem("link '\(shown)': page '\(target)' has no heading with anchor #\(VisibleText.make(anchor))"))
            }
        }
        return .success(.page(target, anchor: anchor))
    }

    private struct LinkProblem: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }
}

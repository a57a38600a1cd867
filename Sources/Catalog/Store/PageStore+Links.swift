/// Links resolved to pages or web addresses, with a problem for each that leads nowhere.
extension PageStore {
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

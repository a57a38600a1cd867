import Synchronization

/// "Linked from": which pages link to which, read ahead a few pages at a time while nothing else waits.
extension PageStore {
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
}

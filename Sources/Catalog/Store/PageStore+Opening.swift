/// A long page's first part, parsed alone so that its first screens show before the whole page is parsed.
extension PageStore {
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
}

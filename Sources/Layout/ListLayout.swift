import Catalog

/// Lays out the lists the navigator builds itself: search results and go-to candidates.
public struct ListLayout {
    /// The columns a line may take (at least 1).
    public let width: Int
    /// The glyph set the list is drawn in.
    public let glyphs: Glyphs

    /// A layout `width` columns wide in `glyphs`.
    public init(width: Int, glyphs: Glyphs) {
        self.width = max(1, width)
        self.glyphs = glyphs
    }

    /// The most pages a results list shows: a reader narrows a search long before scrolling past
    /// this many, and laying out every page of a search that finds 10,000 took most of a second
    /// for each letter typed (BENCHMARKS.md, section 3b).
    public static let mostPagesListed = 200

    /// How far the search index has got while it is still being built.
    public struct Progress: Equatable, Sendable {
        /// The pages indexed so far, which the results come from.
        public var searched: Int
        /// Every page.
        public var of: Int

        /// Progress of `searched` pages out of `of`.
        public init(searched: Int, of: Int) {
            self.searched = searched
            self.of = of
        }

        /// The note above the results: plain words, so a reader knows more may come.
        public var note: String {
            "Searched \(Count.grouped(searched)) of \(Count.grouped(of)) pages so far; still reading the rest."
        }
    }

    /// Search results: a count, then per page its title, section and match count, and the first
    /// matching line; each page a target, for the first `mostPagesListed` pages, then a line saying
    /// how many more there are. A `suggestion` is offered on the first line; when `query` is the
    /// suggestion, what was `typed` matched nothing and the hits are the suggestion's. While the
    /// index is still being built, `progress` puts a note above everything saying how far it has got.
    public func results(_ hits: [SearchIndex.Hit], query: String, typed: String? = nil, suggestion: String? = nil, in catalog: Catalog,
                        progress: Progress? = nil) -> Document {
        let total = hits.reduce(0) { $0 + $1.count }
        let summary = hits.isEmpty
            ? (query.isEmpty ? "Type to search every page." : "No pages match.")
            : "\(Count.of(total, "match", "matches")) in \(Count.of(hits.count, "page", "pages"))"
        var lines: [Line] = []
        if let progress {
            lines = glyphs.wrap([Inline(progress.note)], width: width, base: Style(.notice, bold: true)).map { Line($0, origin: -1) }
        }
        if let suggestion {
            let offer = SearchWording.respelling(typed: typed ?? query, searched: query, suggestion: suggestion, glyphs: glyphs)
            lines += glyphs.wrap([Inline(offer)], width: width, base: Style(.notice, bold: true)).map { Line($0, origin: -1) }
        }
        lines += glyphs.wrap([Inline(summary)], width: width, base: Style(.heading, bold: true)).map { Line($0, origin: -1) }
        for (index, hit) in hits.prefix(Self.mostPagesListed).enumerated() {
            let page = catalog.entry(hit.id)
            lines.append(Line([], origin: index))
            let title = glyphs.truncate(glyphs.text(page.title), to: width)
            lines.append(Line([Span(title, Style(.text, bold: true), target: index)], origin: index))
            var about = Count.of(hit.count, "match", "matches")
            if let parent = hit.id.parent, !parent.isRoot { about = glyphs.text(catalog.entry(parent).shortTitle) + " \(glyphs.dot) " + about }
            lines.append(Line([Span(glyphs.truncate("  " + about, to: width), Style(.muted))], origin: index))
            let characters = Array(glyphs.text(hit.line))
            let lead = max(0, min(hit.matchStart - 12, characters.count - (width - 2)))
            let snippet = (lead > 0 ? glyphs.ellipsis : "") + String(characters[min(lead, characters.count)...])
            lines.append(Line([Span(glyphs.truncate("  " + snippet, to: width))], origin: index))
        }
        if hits.count > Self.mostPagesListed {
            lines.append(Line([], origin: -1))
            let rest = "The first \(Self.mostPagesListed) of \(hits.count) pages are listed; more words narrow the search."
            lines += glyphs.wrap([Inline(rest)], width: width, base: Style(.muted)).map { Line($0, origin: -1) }
        }
        return Document(width: width, lines: lines) { .open(hits[$0].id, anchor: nil) }
    }

    /// Go-to candidates: menu number, title and id, one per line, each a target.
    public func candidates(_ ids: [PageID], in catalog: Catalog) -> Document {
        var lines = glyphs.wrap([Inline(ids.isEmpty ? "No page matches." : "Go to: a menu number (2.3), a page id, or part of a title")],
                                 width: width, base: Style(.heading, bold: true)).map { Line($0, origin: -1) }
        lines.append(Line([], origin: -1))
        for (index, id) in ids.enumerated() {
            let number = catalog.menuNumber(of: id)
            let text = (number.isEmpty ? "" : number + "  ") + glyphs.text(catalog[id].title)
            lines.append(Line([
                Span(glyphs.truncate(text, to: width), Style(.text, bold: true), target: index),
            ], origin: index))
            lines.append(Line([Span(glyphs.truncate("    \(id)", to: width), Style(.muted))], origin: index))
        }
        return Document(width: width, lines: lines) { .open(ids[$0], anchor: nil) }
    }
}

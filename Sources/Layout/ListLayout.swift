import Catalog

/// Lays out the lists the navigator builds itself: search results and go-to candidates.
public enum ListLayout {
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
    public static func results(_ hits: [SearchIndex.Hit], query: String, typed: String? = nil, suggestion: String? = nil, in catalog: Catalog,
                               width: Int, glyphs: Glyphs, progress: Progress? = nil) -> Document {
        let width = max(1, width)
        let total = hits.reduce(0) { $0 + $1.count }
        let summary = hits.isEmpty
            ? (query.isEmpty ? "Type to search every page." : "No pages match.")
            : "\(Count.of(total, "match", "matches")) in \(Count.of(hits.count, "page", "pages"))"
        var lines: [Line] = []
        if let progress {
            lines = TextWrapper.wrap([Inline(progress.note)], width: width, base: Style(.notice, bold: true), glyphs: glyphs).map { Line($0, origin: -1) }
        }
        if let suggestion {
            let offer = SearchWording.respelling(typed: typed ?? query, searched: query, suggestion: suggestion, glyphs: glyphs)
            lines += TextWrapper.wrap([Inline(offer)], width: width, base: Style(.notice, bold: true), glyphs: glyphs).map { Line($0, origin: -1) }
        }
        lines += TextWrapper.wrap([Inline(summary)], width: width, base: Style(.heading, bold: true), glyphs: glyphs).map { Line($0, origin: -1) }
        for (index, hit) in hits.prefix(mostPagesListed).enumerated() {
            let page = catalog.entry(hit.id)
            lines.append(Line([], origin: index))
            let title = DisplayWidth.truncate(glyphs.text(page.title), to: width, ellipsis: glyphs.ellipsis)
            lines.append(Line([Span(title, Style(.text, bold: true), target: index)], origin: index))
            var about = Count.of(hit.count, "match", "matches")
            if let parent = hit.id.parent, !parent.isRoot { about = glyphs.text(catalog.entry(parent).shortTitle) + " \(glyphs.dot) " + about }
            lines.append(Line([Span(DisplayWidth.truncate("  " + about, to: width, ellipsis: glyphs.ellipsis), Style(.muted))], origin: index))
            let characters = Array(glyphs.text(hit.line))
            let lead = max(0, min(hit.matchStart - 12, characters.count - (width - 2)))
            let snippet = (lead > 0 ? glyphs.ellipsis : "") + String(characters[min(lead, characters.count)...])
            lines.append(Line([Span(DisplayWidth.truncate("  " + snippet, to: width, ellipsis: glyphs.ellipsis))], origin: index))
        }
        if hits.count > mostPagesListed {
            lines.append(Line([], origin: -1))
            let rest = "The first \(mostPagesListed) of \(hits.count) pages are listed; more words narrow the search."
            lines += TextWrapper.wrap([Inline(rest)], width: width, base: Style(.muted), glyphs: glyphs).map { Line($0, origin: -1) }
        }
        return Document(width: width, lines: lines) { .open(hits[$0].id, anchor: nil) }
    }

    /// Go-to candidates: menu number, title and id, one per line, each a target.
    public static func candidates(_ ids: [PageID], in catalog: Catalog, width: Int, glyphs: Glyphs) -> Document {
        let width = max(1, width)
        var lines = TextWrapper.wrap([Inline(ids.isEmpty ? "No page matches." : "Go to: a menu number (2.3), a page id, or part of a title")],
                                     width: width, base: Style(.heading, bold: true), glyphs: glyphs).map { Line($0, origin: -1) }
        lines.append(Line([], origin: -1))
        for (index, id) in ids.enumerated() {
            let number = catalog.menuNumber(of: id)
            let text = (number.isEmpty ? "" : number + "  ") + glyphs.text(catalog[id].title)
            lines.append(Line([
                Span(DisplayWidth.truncate(text, to: width, ellipsis: glyphs.ellipsis), Style(.text, bold: true), target: index),
            ], origin: index))
            lines.append(Line([Span(DisplayWidth.truncate("    \(id)", to: width, ellipsis: glyphs.ellipsis), Style(.muted))], origin: index))
        }
        return Document(width: width, lines: lines) { .open(ids[$0], anchor: nil) }
    }
}

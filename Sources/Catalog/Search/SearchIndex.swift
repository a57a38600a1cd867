/// Full-text search over every page's title, summary and body: case-insensitive unless the
/// query has a capital (smart case), accents folded (`e` finds `é`), several words matching pages
/// that contain all of them; pages whose title matches rank first.
public struct SearchIndex: Equatable, Sendable {
    /// One page's searchable text: its title, summary and one line per block of its body.
    private struct Entry: Equatable, Sendable {
        var id: PageID
        var title: String
        var lines: [String]
        var foldedLines: [String]
        var lowerFoldedLines: [String]
        /// The folded lines joined by line feeds, as bytes, when they are all ASCII: then an ASCII
        /// word can be counted with `memchr` instead of comparing Characters, which is what makes
        /// a query over a large toolkit fast. Nil when the page has other characters.
        var asciiText: ASCIIText?
    }

    /// A page that matches, with what the results list shows of it.
    public struct Hit: Equatable, Sendable {
        /// The page.
        public var id: PageID
        /// How many times the query's words occur in it.
        public var count: Int
        /// Whether its title holds every word.
        public var inTitle: Bool
        /// The first line that matches, as text.
        public var line: String
        /// Where the first match sits in `line` (in characters).
        public var matchStart: Int
    }

    private let entries: [Entry]

    /// Indexes every page of a catalog, in menu order.
    public init(_ catalog: Catalog) {
        // Each page is read once, as parsed, without the footer a page's `blocks` end with:
        // working that out needs "Linked from", which reads every page again. Reading every page
        // first also leaves its front matter known for the menu order.
        let parsed = Dictionary(uniqueKeysWithValues: catalog.ids.map { id in
            let page = catalog.store.parsedPage(id)
            return (id, [page.header.title, page.header.summary] + page.blocks.flatMap(SearchIndex.lines))
        })
        entries = catalog.pagesInMenuOrder.map { id in
            let lines = parsed[id]!
            let folded = lines.map { SearchQuery.fold($0, caseSensitive: true) }
            let lowerFolded = lines.map { SearchQuery.fold($0, caseSensitive: false) }
            return Entry(id: id, title: lines[0], lines: lines, foldedLines: folded, lowerFoldedLines: lowerFolded,
                         asciiText: ASCIIText(folded: folded, lowerFolded: lowerFolded))
        }
    }

    /// The pages matching `query`, best first; empty for a blank query.
    public func search(_ text: String) -> [Hit] {
        search(SearchQuery(text))
    }

    /// The pages matching a prepared query, best first.
    public func search(_ query: SearchQuery) -> [Hit] {
        guard !query.isEmpty else { return [] }
        var hits: [Hit] = []
        let asciiWords = query.words.allSatisfy { word in word.utf8.allSatisfy { $0 < 0x80 && $0 != 10 } }
        for entry in entries {
            if asciiWords, let text = entry.asciiText {
                guard let found = text.find(query.words, caseSensitive: query.isCaseSensitive) else { continue }
                hits.append(Hit(id: entry.id, count: found.count, inTitle: found.inTitle, line: entry.lines[found.line],
                                matchStart: found.matchStart))
                continue
            }
            guard let found = Self.find(query.words, in: query.isCaseSensitive ? entry.foldedLines : entry.lowerFoldedLines) else { continue }
            let first = query.ranges(in: entry.lines[found.line]).first ?? 0..<0
            hits.append(Hit(id: entry.id, count: found.count, inTitle: found.inTitle, line: entry.lines[found.line],
                            matchStart: first.lowerBound))
        }
        return hits.enumerated().sorted { a, b in
            if a.element.inTitle != b.element.inTitle { return a.element.inTitle }
            if a.element.count != b.element.count { return a.element.count > b.element.count }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// How often the words occur in the lines, whether the first line (the title) holds them all
    /// and the first line where the first word occurs; nil unless every word occurs.
    private static func find(_ words: [String], in haystack: [String]) -> (count: Int, inTitle: Bool, line: Int)? {
        var total = 0
        for word in words {
            let count = haystack.reduce(0) { $0 + $1.occurrences(of: word) }
            if count == 0 { return nil }
            total += count
        }
        let inTitle = words.allSatisfy { haystack[0].occurrences(of: $0) > 0 }
        let line = haystack.firstIndex { $0.occurrences(of: words[0]) > 0 } ?? 0
        return (total, inTitle, line)
    }

    private static func lines(_ block: Block) -> [String] {
        func text(_ inlines: [Inline]) -> String {
            inlines.map { $0.text == "\n" ? " " : $0.text }.joined()
        }
        switch block {
        case let .heading(_, content, _): return [text(content)]
        case let .paragraph(content): return [text(content)]
        case let .list(_, items): return items.flatMap { $0.flatMap(lines) }
        case let .quote(inner): return inner.flatMap(lines)
        case let .code(code): return code.split(separator: "\n").map(String.init)
        case let .table(table): return ([table.header] + table.rows).map { $0.map(text).joined(separator: " | ") }
        case .rule: return []
        }
    }
}

private extension String {
    /// How many times `word` occurs, not overlapping.
    func occurrences(of word: String) -> Int {
        guard !word.isEmpty else { return 0 }
        var count = 0
        var rest = self[...]
        while let range = rest.range(of: word) {
            count += 1
            rest = rest[range.upperBound...]
        }
        return count
    }
}

private extension Substring {
    func range(of word: String) -> Range<Substring.Index>? {
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(word) { return index..<self.index(index, offsetBy: word.count) }
            index = self.index(after: index)
        }
        return nil
    }
}


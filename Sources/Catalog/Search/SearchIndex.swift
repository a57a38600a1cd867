import Glibc

/// Full-text search over every page's title and text, as the page shows them: each page held as
/// its words' numbers in a vocabulary, so a query compares each distinct word once and then
/// scans numbers. What matches is `SearchQuery`'s to say and how matches are counted
/// `SearchTally`'s; pages are ranked with the title first, then by BM25.
public struct SearchIndex: Sendable {
    /// One page: its lines (title first) and its words' numbers.
    private struct Entry: Sendable {
        var id: PageID
        var lines: [String]
        /// Word numbers, line after line; the top bit set when a hyphen joins a word to the next.
        var words: [Int32]
        /// Where each line's words end in `words`.
        var lineEnds: [Int32]
        /// Word numbers of hyphenated pairs written as one word, by the position of their first word.
        var joined: [Int32: Int32]
    }

    /// A page that matches, with what the results list shows of it.
    public struct Hit: Equatable, Sendable {
        /// The page.
        public var id: PageID
        /// How many matches the page marks.
        public var count: Int
        /// Whether its title holds every word.
        public var inTitle: Bool
        /// The line of the first match, as text.
        public var line: String
        /// Where the first match sits in `line` (in characters).
        public var matchStart: Int
        /// Its BM25 relevance.
        public var score: Double
    }

    /// A query's answer: the pages, and a close spelling when a word of the query is not a word of
    /// the toolkit; when the query itself matches nothing, the pages are the spelling's.
    public struct Results: Equatable, Sendable {
        /// What was typed.
        public var typed: String
        /// What was searched for: the suggestion when there is one, else what was typed.
        public var searched: String
        /// The query that found the hits.
        public var query: SearchQuery
        /// A respelling of the query that finds pages, offered when one of its words is not a
        /// word of the toolkit (it may still match by its stem: `procurment` finds `procurement`).
        public var suggestion: String?
        /// The pages, best first.
        public var hits: [Hit]
    }

    private static let joinsNext: Int32 = 1 << 30
    private var entries: [Entry] = []
    private var vocabulary = SearchVocabulary()
    private var averageLength = 1.0

    /// Indexes every page of a catalog, in menu order: a page's title and its body without the
    /// generated footer; a menu's title and lead text.
    public init(_ catalog: Catalog) {
        // Each page is read as parsed, without the footer a page's `blocks` end with: working
        // that out needs "Linked from", which reads every page again.
        let stemmer = Stemmer()
        for id in catalog.pagesInMenuOrder {
            let page = catalog.store.parsedPage(id)
            add(id, lines: [page.header.title] + page.blocks.flatMap(SearchIndex.lines), stemmer: stemmer)
        }
        let total = entries.reduce(0) { $0 + $1.words.count }
        averageLength = max(1, Double(total) / Double(max(1, entries.count)))
    }

    private mutating func add(_ id: PageID, lines: [String], stemmer: Stemmer) {
        var entry = Entry(id: id, lines: lines, words: [], lineEnds: [], joined: [:])
        for line in lines {
            let tokens = SearchToken.tokens(in: line)
            for (index, token) in tokens.enumerated() {
                var number = vocabulary.number(of: token.surface, stemmer: stemmer)
                if token.joinsNext, index + 1 < tokens.count {
                    number |= Self.joinsNext
                    entry.joined[Int32(entry.words.count)] = vocabulary.number(of: token.surface + tokens[index + 1].surface, stemmer: stemmer)
                }
                entry.words.append(number)
            }
            entry.lineEnds.append(Int32(entry.words.count))
        }
        entries.append(entry)
    }

    /// The pages matching `text`, best first; empty for a blank query.
    public func search(_ text: String) -> [Hit] {
        search(SearchQuery(text))
    }

    /// The pages matching `text`, or when none do, those of a close spelling that does; while
    /// `completing`, the last word also matches the words it begins.
    public func results(for text: String, completing: Bool = false) -> Results {
        let query = SearchQuery(text, completing: completing)
        let hits = search(query)
        guard let suggestion = suggestion(for: query) else {
            return Results(typed: text, searched: text, query: query, suggestion: nil, hits: hits)
        }
        guard hits.isEmpty else { return Results(typed: text, searched: text, query: query, suggestion: suggestion, hits: hits) }
        let respelled = SearchQuery(suggestion)
        let respelledHits = search(respelled)
        return respelledHits.isEmpty
            ? Results(typed: text, searched: text, query: query, suggestion: nil, hits: [])
            : Results(typed: text, searched: suggestion, query: respelled, suggestion: suggestion, hits: respelledHits)
    }

    /// The query with each word that is not a word of the toolkit replaced by the nearest word that
    /// is, unless that word only adds or drops an ending (`partnerships` for `partnership` is
    /// the same word to the stemmer, not a misspelling).
    public func suggestion(for query: SearchQuery) -> String? {
        guard !query.isEmpty else { return nil }
        let found = query.isCompleting ? vocabulary.masks(for: query).reduce(0, |) : 0
        var replacements: [String: String] = [:]
        for (_, slot) in query.plainWords {
            let word = query.slots[slot]
            guard !word.isPrefix, !word.completes || found & (1 << UInt64(slot)) == 0, !vocabulary.contains(lower: word.lower),
                  let nearest = vocabulary.nearest(to: word.word), !nearest.hasPrefix(word.lower), !word.lower.hasPrefix(nearest) else { continue }
            replacements[word.word] = word.word.first?.isUppercase == true ? nearest.prefix(1).uppercased() + nearest.dropFirst() : nearest
        }
        guard !replacements.isEmpty else { return nil }
        let respelled = query.text.split(separator: " ").map { part -> String in
            let tokens = SearchToken.tokens(in: String(part))
            guard tokens.count == 1, let replacement = replacements[tokens[0].surface] else { return String(part) }
            return replacement + (part.hasSuffix("*") ? "*" : "")
        }.joined(separator: " ")
        return respelled != query.text ? respelled : nil
    }

    /// The pages matching a prepared query, the ones whose title has every word first, then the
    /// most relevant (BM25), then in menu order.
    public func search(_ query: SearchQuery) -> [Hit] {
        guard !query.isEmpty else { return [] }
        let masks = vocabulary.masks(for: query)
        guard Self.couldMatch(query, found: masks.reduce(0, |)) else { return [] }
        var found: [(entry: Int, count: Int, frequencies: [Int], inTitle: Bool, first: Int)] = []
        let firstSlots = query.firstSlots
        for (number, entry) in entries.enumerated() {
            var tally = SearchTally(query)
            var first = -1
            var titleTally: SearchTally?
            entry.words.withUnsafeBufferPointer { words in
                var start = 0
                for (line, end) in entry.lineEnds.enumerated() {
                    let end = Int(end)
                    let offset = start
                    // Most lines hold no word that can start a match; a plain loop finds them.
                    var candidate = false
                    for index in start..<end where words[index] & Self.joinsNext != 0 || masks[Int(words[index])] & firstSlots != 0 {
                        candidate = true
                        break
                    }
                    guard candidate else {
                        if line == 0 { titleTally = tally }
                        start = end
                        continue
                    }
                    tally.scan(count: end - start, mask: { masks[Int(words[offset + $0] & ~Self.joinsNext)] }, joinedMask: { index in
                        guard words[offset + index] & Self.joinsNext != 0, let joined = entry.joined[Int32(offset + index)] else { return 0 }
                        return masks[Int(joined)]
                    }, mark: { range in if first < 0 { first = offset + range.lowerBound } })
                    if line == 0 { titleTally = tally }
                    start = end
                }
            }
            guard tally.isComplete else { continue }
            found.append((number, tally.count, tally.frequencies, titleTally?.isComplete ?? false, first))
        }
        let pages = Double(entries.count)
        var documentFrequency = Array(repeating: 0, count: query.units.count)
        for page in found {
            for (unit, frequency) in page.frequencies.enumerated() where frequency > 0 { documentFrequency[unit] += 1 }
        }
        let hits = found.map { page -> Hit in
            let entry = entries[page.entry]
            let length = Double(entry.words.count) / averageLength
            var score = 0.0
            for (unit, frequency) in page.frequencies.enumerated() where frequency > 0 {
                let idf = log(1 + (pages - Double(documentFrequency[unit]) + 0.5) / (Double(documentFrequency[unit]) + 0.5))
                let tf = Double(frequency)
                score += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length))
            }
            let (line, start) = position(ofWord: max(0, page.first), in: entry)
            return Hit(id: entry.id, count: page.count, inTitle: page.inTitle, line: entry.lines[line], matchStart: start, score: score)
        }
        return hits.enumerated().sorted { a, b in
            if a.element.inTitle != b.element.inTitle { return a.element.inTitle }
            if a.element.score != b.element.score { return a.element.score > b.element.score }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Whether every unit of the query has words in the toolkit for all its slots (on its own or
    /// in a pair): if not, no page can match and none is read.
    private static func couldMatch(_ query: SearchQuery, found: UInt64) -> Bool {
        let has = { (slots: [Int]) in slots.allSatisfy { found & (1 << UInt64($0)) != 0 } }
        return SearchTally.covers(units: query.units.map { $0.contains(where: has) }, pairs: query.pairs.map { $0.map { has([$0]) } ?? false })
    }

    /// The line holding word `position` of a page, and where the word starts in it.
    private func position(ofWord position: Int, in entry: Entry) -> (line: Int, start: Int) {
        let line = entry.lineEnds.firstIndex { Int($0) > position } ?? max(0, entry.lines.count - 1)
        let lineStart = line > 0 ? Int(entry.lineEnds[line - 1]) : 0
        return (line, SearchToken.start(ofWord: position - lineStart, in: entry.lines[line]))
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
        case let .code(code): return code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case let .table(table): return ([table.header] + table.rows).map { $0.map(text).joined(separator: " | ") }
        case .rule: return []
        }
    }
}

extension SearchIndex: Equatable {
    /// Two indexes are equal when they index the same pages.
    public static func == (lhs: SearchIndex, rhs: SearchIndex) -> Bool {
        lhs.entries.map(\.id) == rhs.entries.map(\.id) && lhs.entries.map(\.words) == rhs.entries.map(\.words)
    }
}

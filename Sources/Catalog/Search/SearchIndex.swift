import Glibc

/// Full-text search over every page's title and text, as the page shows them: each page held as
/// its words' numbers in a vocabulary, so a query compares each distinct word once and then
/// scans numbers. What matches is `SearchQuery`'s to say and how matches are counted
/// `SearchTally`'s; pages are ranked with the title first, then by BM25.
///
/// An index can be built a part at a time (`building`, then `extended(steps:)`, a few
/// milliseconds a step), answering meanwhile from the pages it has read, in menu order; once
/// complete it answers exactly as one built at once.
public struct SearchIndex: Sendable {
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

    private let indexed: IndexedPages
    /// How many pages' front matter this index has had read (menu order needs every page's).
    private var headers = 0
    /// How many pages, in menu order, this index answers from.
    public private(set) var pagesIndexed = 0

    /// How many front matters each step reads before pages are indexed (about 5 ms).
    static let headersPerStep = 200
    /// How many pages each step indexes (about 7 ms on the generated 10,000-page toolkit).
    static let pagesPerStep = 20

    /// Indexes every page of a catalog, in menu order: a page's title and its body without the
    /// generated footer; a menu's title and lead text.
    public init(_ catalog: Catalog) {
        self = SearchIndex(building: catalog).completed()
    }

    /// An index of `catalog` with no page read yet, to be built by `extended(steps:)`.
    public init(building catalog: Catalog) {
        indexed = IndexedPages(catalog.store)
    }

    /// How many pages the catalog has.
    public var pageCount: Int { indexed.pageCount }

    /// Whether every page is indexed.
    public var isComplete: Bool { pagesIndexed == pageCount }

    /// How many steps are left before pages are indexed: reading front matter, which is quick
    /// once "Linked from" has read ahead, and which menu order needs.
    public var stepsBeforePages: Int { (pageCount - headers + Self.headersPerStep - 1) / Self.headersPerStep }

    /// The index after `steps` more steps of building: each reads 200 pages' front matter until
    /// every page's is read, then indexes 20 pages.
    public func extended(steps: Int) -> SearchIndex {
        var next = self
        for _ in 0..<max(0, steps) where !next.isComplete {
            if next.headers < pageCount {
                next.headers = min(pageCount, next.headers + Self.headersPerStep)
            } else {
                next.pagesIndexed = min(pageCount, next.pagesIndexed + Self.pagesPerStep)
            }
        }
        indexed.read(headers: next.headers, pages: next.pagesIndexed)
        return next
    }

    /// The index with every page indexed, going on from what this one has read: what `init(_:)`
    /// builds at once.
    public func completed() -> SearchIndex {
        var next = self
        next.headers = pageCount
        next.pagesIndexed = pageCount
        indexed.read(headers: next.headers, pages: next.pagesIndexed)
        return next
    }

    /// The pages matching `text`, best first; empty for a blank query.
    public func search(_ text: String) -> [Hit] {
        search(SearchQuery(text))
    }

    /// The pages matching `text`, or when none do, those of a close spelling that does; while
    /// `completing`, the last word also matches the words it begins.
    /// A last word that is already a word of the toolkit is not completed, so that Enter finds
    /// what `toolkit search` and `--plain` find for the same words.
    public func results(for text: String, completing: Bool = false) -> Results {
        var query = SearchQuery(text, completing: completing)
        if let completing = query.slots.first(where: \.completes), isWordOfToolkit(completing.lower) { query = SearchQuery(text) }
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
        return indexed.withContents { suggestion(for: query, in: $0) }
    }

    /// Whether some page this index answers from has this lower-case word.
    private func isWordOfToolkit(_ lower: String) -> Bool {
        indexed.withContents { $0.vocabulary.contains(lower: lower, within: vocabularyCount($0)) }
    }

    private func suggestion(for query: SearchQuery, in contents: IndexedPages.Contents) -> String? {
        let vocabulary = contents.vocabulary
        let words = vocabularyCount(contents)
        var replacements: [String: String] = [:]
        for (_, slot) in query.plainWords {
            let word = query.slots[slot]
            // A word still being typed is offered a respelling only once no word of the toolkit
            // starts with it: `procur` is on its way to `procurement`, `procurment` is not.
            guard !word.isPrefix, !word.completes || !vocabulary.begins(word.lower, within: words), !vocabulary.contains(lower: word.lower, within: words),
                  let nearest = vocabulary.nearest(to: word.word, within: words, frequency: { frequency(of: $0, in: contents) }), !nearest.hasPrefix(word.lower), !word.lower.hasPrefix(nearest) else { continue }
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
        return indexed.withContents { search(query, in: $0) }
    }

    /// How many words of the vocabulary the pages this index answers from use.
    private func vocabularyCount(_ contents: IndexedPages.Contents) -> Int {
        pagesIndexed > 0 ? Int(contents.entries[pagesIndexed - 1].vocabularyEnd) : 0
    }

    /// How often word `number` occurs in the pages this index answers from: the vocabulary's
    /// count when they are all the pages read so far, else counted again.
    private func frequency(of number: Int, in contents: IndexedPages.Contents) -> Int32 {
        guard pagesIndexed < contents.entries.count else { return contents.vocabulary.frequencies[number] }
        var count: Int32 = 0
        for entry in contents.entries[..<pagesIndexed] {
            for index in 0..<entry.words.count where Int(entry.words[index] & ~SearchWords.joinsNext) == number { count += 1 }
            for joined in entry.joined.values where Int(joined) == number { count += 1 }
        }
        return count
    }

    private func search(_ query: SearchQuery, in contents: IndexedPages.Contents) -> [Hit] {
        let entries = contents.entries[..<pagesIndexed]
        let masks = contents.vocabulary.masks(for: query, within: vocabularyCount(contents))
        guard Self.couldMatch(query, found: masks.reduce(0, |)) else { return [] }
        var found: [(entry: Int, count: Int, frequencies: [Int], inTitle: Bool, first: Int)] = []
        for (number, entry) in entries.enumerated() {
            let page: (tally: SearchTally, first: Int, inTitle: Bool)
            switch entry.words.storage {
            case let .narrow(words): page = words.withUnsafeBufferPointer { Self.tally(query, in: $0, joinsNext: 0x8000, entry, masks) }
            case let .wide(words): page = words.withUnsafeBufferPointer { Self.tally(query, in: $0, joinsNext: SearchWords.joinsNext, entry, masks) }
            }
            guard page.tally.isComplete else { continue }
            found.append((number, page.tally.count, page.tally.frequencies, page.inTitle, page.first))
        }
        let pages = Double(entries.count)
        let averageLength = max(1, Double(entries.reduce(0) { $0 + $1.words.count }) / Double(max(1, entries.count)))
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
            let (line, start) = position(ofWord: max(0, page.first), in: entry, contents)
            return Hit(id: entry.id, count: page.count, inTitle: page.inTitle, line: line, matchStart: start, score: score)
        }
        return hits.enumerated().sorted { a, b in
            if a.element.inTitle != b.element.inTitle { return a.element.inTitle }
            if a.element.score != b.element.score { return a.element.score > b.element.score }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// What a page holds of `query`: its tally, where its first match starts (-1 if none) and
    /// whether its title holds every unit. Generic over how wide the page's word numbers are
    /// stored, so that the scan is a loop over plain integers either way.
    @inline(__always)
    private static func tally<Word: FixedWidthInteger>(
        _ query: SearchQuery, in words: UnsafeBufferPointer<Word>, joinsNext: Word, _ entry: IndexedPages.Entry, _ masks: [UInt64]
    ) -> (tally: SearchTally, first: Int, inTitle: Bool) {
        let firstSlots = query.firstSlots
        var tally = SearchTally(query)
        var first = -1
        var titleTally: SearchTally?
        var start = 0
        for (line, end) in entry.lineEnds.enumerated() {
            let end = Int(end)
            let offset = start
            // Most lines hold no word that can start a match; a plain loop finds them.
            var candidate = false
            for index in start..<end where words[index] & joinsNext != 0 || masks[Int(words[index])] & firstSlots != 0 {
                candidate = true
                break
            }
            guard candidate else {
                if line == 0 { titleTally = tally }
                start = end
                continue
            }
            tally.scan(count: end - start, mask: { masks[Int(words[offset + $0] & ~joinsNext)] }, joinedMask: { index in
                guard words[offset + index] & joinsNext != 0, let joined = entry.joined[Int32(offset + index)] else { return 0 }
                return masks[Int(joined)]
            }, mark: { range in if first < 0 { first = offset + range.lowerBound } })
            if line == 0 { titleTally = tally }
            start = end
        }
        return (tally, first, titleTally?.isComplete ?? false)
    }

    /// Whether every unit of the query has words in the toolkit for all its slots (on its own or
    /// in a pair): if not, no page can match and none is read.
    private static func couldMatch(_ query: SearchQuery, found: UInt64) -> Bool {
        let has = { (slots: [Int]) in slots.allSatisfy { found & (1 << UInt64($0)) != 0 } }
        return SearchTally.covers(units: query.units.map { $0.contains(where: has) }, pairs: query.pairs.map { $0.map { has([$0]) } ?? false })
    }

    /// The line holding word `position` of a page, and where the word starts in it.
    private func position(ofWord position: Int, in entry: IndexedPages.Entry, _ contents: IndexedPages.Contents) -> (line: String, start: Int) {
        let index = entry.lineEnds.firstIndex { Int($0) > position } ?? max(0, entry.lineEnds.count - 1)
        let lineStart = index > 0 ? Int(entry.lineEnds[index - 1]) : 0
        let line = contents.line(index, of: entry)
        return (line, SearchToken.start(ofWord: position - lineStart, in: line))
    }
}

extension SearchIndex: Equatable {
    /// Two indexes are equal when they answer from the same pages with the same words.
    public static func == (lhs: SearchIndex, rhs: SearchIndex) -> Bool {
        let (left, right) = (lhs.indexed.withContents { $0.entries[..<lhs.pagesIndexed] }, rhs.indexed.withContents { $0.entries[..<rhs.pagesIndexed] })
        return left.map(\.id) == right.map(\.id) && left.map(\.words) == right.map(\.words)
    }
}

import Synchronization

/// The pages a search index has read so far, in menu order, shared by every copy of the index.
/// Pages are added a part at a time (first every page's front matter, which menu order needs,
/// then each page's words), and only ever added: what the first pages give does not change when
/// more are read, so an index that reads only as far as its own count answers the same however
/// far this has gone. Content does not change while it is read, so this is a memo, like the store.
final class IndexedPages: Sendable {
    /// One page: its lines (title first) and its words' numbers.
    struct Entry: Sendable {
        var id: PageID
        /// The lines' UTF-8, one after another: a page's text held once, without a string per line.
        var text: [UInt8]
        /// Where each line ends in `text`.
        var textEnds: [Int32]
        /// Word numbers, line after line; the top bit set when a hyphen joins a word to the next.
        var words: [Int32]
        /// Where each line's words end in `words`.
        var lineEnds: [Int32]
        /// Word numbers of hyphenated pairs written as one word, by the position of their first word.
        var joined: [Int32: Int32]
        /// How many words the vocabulary had once this page was read.
        var vocabularyEnd: Int32

        /// Line `index` as text.
        func line(_ index: Int) -> String {
            let start = index > 0 ? Int(textEnds[index - 1]) : 0
            return String(decoding: text[start..<Int(textEnds[index])], as: UTF8.self)
        }
    }

    /// What has been read.
    struct Contents: Sendable {
        /// How many pages' front matter has been read, in id order.
        var headersRead = 0
        /// Every page in menu order, once every header is read.
        var order: [PageID] = []
        /// The pages indexed, in menu order.
        var entries: [Entry] = []
        var vocabulary = SearchVocabulary()
    }

    /// The top bit of a word number: a hyphen joins the word to the next.
    static let joinsNext: Int32 = 1 << 30

    private let store: PageStore
    private let contents = Mutex(Contents())

    /// Pages of `store`, none read yet.
    init(_ store: PageStore) {
        self.store = store
    }

    /// How many pages there are to index.
    var pageCount: Int { store.outline.ids.count }

    /// Reads at least `headers` pages' front matter and indexes at least `pages` pages (pages
    /// only once every header is read).
    func read(headers: Int, pages: Int) {
        contents.withLock { contents in
            let ids = store.outline.ids
            while contents.headersRead < min(headers, ids.count) {
                _ = store.header(ids[contents.headersRead])
                contents.headersRead += 1
            }
            guard contents.headersRead == ids.count else { return }
            if contents.order.isEmpty { contents.order = store.menuOrder() }
            guard contents.entries.count < min(pages, ids.count) else { return }
            let stemmer = Stemmer()
            while contents.entries.count < min(pages, ids.count) {
                let id = contents.order[contents.entries.count]
                // Each page is read as parsed, without the footer a page's `blocks` end with:
                // working that out needs "Linked from", which reads every page again.
                let page = store.parsedPage(id)
                contents.entries.append(Self.entry(id, lines: [page.header.title] + page.blocks.flatMap(Self.lines),
                                                   vocabulary: &contents.vocabulary, stemmer: stemmer))
            }
        }
    }

    /// Reads what has been read.
    func withContents<Result>(_ body: (Contents) -> Result) -> Result {
        contents.withLock { body($0) }
    }

    private static func entry(_ id: PageID, lines: [String], vocabulary: inout SearchVocabulary, stemmer: Stemmer) -> Entry {
        var text: [UInt8] = []
        var textEnds: [Int32] = []
        var words: [Int32] = []
        var lineEnds: [Int32] = []
        var joined: [Int32: Int32] = [:]
        for line in lines {
            let tokens = SearchToken.tokens(in: line)
            for (index, token) in tokens.enumerated() {
                var number = vocabulary.number(of: token.surface, stemmer: stemmer)
                if token.joinsNext, index + 1 < tokens.count {
                    number |= joinsNext
                    joined[Int32(words.count)] = vocabulary.number(of: token.surface + tokens[index + 1].surface, stemmer: stemmer)
                }
                words.append(number)
            }
            lineEnds.append(Int32(words.count))
            text.append(contentsOf: line.utf8)
            textEnds.append(Int32(text.count))
        }
        // Appending leaves up to half of an array unused; 10,000 pages keep these for the session.
        return Entry(id: id, text: exact(text), textEnds: exact(textEnds), words: exact(words), lineEnds: exact(lineEnds),
                     joined: joined, vocabularyEnd: Int32(vocabulary.count))
    }

    private static func exact<Element>(_ array: [Element]) -> [Element] {
        var copy: [Element] = []
        copy.reserveCapacity(array.count)
        copy.append(contentsOf: array)
        return copy
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

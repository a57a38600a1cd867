import Synchronization

/// The pages a search index has read so far, in menu order, shared by every copy of the index.
/// Pages are added a part at a time (first every page's front matter, which menu order needs,
/// then each page's words), and only ever added: what the first pages give does not change when
/// more are read, so an index that reads only as far as its own count answers the same however
/// far this has gone. Content does not change while it is read, so this is a memo, like the store.
final class IndexedPages: Sendable {
    /// One page: its lines (title first) as its words' numbers and the runs between them.
    struct Entry: Sendable {
        var id: PageID
        /// Word numbers, line after line; the top bit set when a hyphen joins a word to the next.
        var words: SearchWords
        /// Where each line's words end in `words`.
        var lineEnds: [Int32]
        /// Word numbers of hyphenated pairs written as one word, by the position of their first word.
        var joined: [Int32: Int32]
        /// The runs of text before, between and after each line's words, line after line (a line
        /// of n words has n + 1), by their number in `Contents.gaps`.
        var gaps: [UInt8]
        /// The lines that words and runs do not give back exactly (a word's accents or
        /// apostrophes, which its number drops), as text, by line.
        var lines: [Int32: String]
        /// How many words the vocabulary had once this page was read.
        var vocabularyEnd: Int32
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
        var gaps = SearchGaps()

        /// Line `index` of `entry`, as text.
        func line(_ index: Int, of entry: Entry) -> String {
            if let line = entry.lines[Int32(index)] { return line }
            let start = index > 0 ? Int(entry.lineEnds[index - 1]) : 0
            let end = Int(entry.lineEnds[index])
            let firstGap = start + index
            var length = gaps.texts[Int(entry.gaps[firstGap])].utf8.count
            for word in start..<end {
                length += vocabulary.surfaces[Int(entry.words[word] & ~SearchWords.joinsNext)].utf8.count
                length += gaps.texts[Int(entry.gaps[firstGap + 1 + word - start])].utf8.count
            }
            // Every hit of a common word gives back a line: its bytes are copied into one string
            // made at its length, which is several times quicker than appending piece by piece.
            return String(unsafeUninitializedCapacity: length) { buffer in
                var written = 0
                func copy(_ text: String) {
                    var text = text
                    text.withUTF8 { bytes in
                        guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return }
                        (target + written).update(from: source, count: bytes.count)
                        written += bytes.count
                    }
                }
                copy(gaps.texts[Int(entry.gaps[firstGap])])
                for word in start..<end {
                    copy(vocabulary.surfaces[Int(entry.words[word] & ~SearchWords.joinsNext)])
                    copy(gaps.texts[Int(entry.gaps[firstGap + 1 + word - start])])
                }
                return written
            }
        }
    }

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
                                                   vocabulary: &contents.vocabulary, gaps: &contents.gaps, stemmer: stemmer))
            }
        }
    }

    /// Reads what has been read.
    func withContents<Result>(_ body: (Contents) -> Result) -> Result {
        contents.withLock { body($0) }
    }

    private static func entry(_ id: PageID, lines: [String], vocabulary: inout SearchVocabulary, gaps: inout SearchGaps, stemmer: Stemmer) -> Entry {
        var words: [Int32] = []
        var lineEnds: [Int32] = []
        var joined: [Int32: Int32] = [:]
        var gapNumbers: [UInt8] = []
        var kept: [Int32: String] = [:]
        for (lineIndex, line) in lines.enumerated() {
            let tokens = SearchToken.tokens(in: line)
            for (index, token) in tokens.enumerated() {
                var number = vocabulary.number(of: token.surface, stemmer: stemmer)
                if token.joinsNext, index + 1 < tokens.count {
                    number |= SearchWords.joinsNext
                    joined[Int32(words.count)] = vocabulary.number(of: token.surface + tokens[index + 1].surface, stemmer: stemmer)
                }
                words.append(number)
            }
            lineEnds.append(Int32(words.count))
            if let runs = runs(of: line, between: tokens, in: &gaps) {
                gapNumbers += runs
            } else {
                gapNumbers += Array(repeating: 0, count: tokens.count + 1)
                kept[Int32(lineIndex)] = line
            }
        }
        // Appending leaves up to half of an array unused; 10,000 pages keep these for the session.
        return Entry(id: id, words: SearchWords(words), lineEnds: exact(lineEnds), joined: joined, gaps: exact(gapNumbers), lines: kept,
                     vocabularyEnd: Int32(vocabulary.count))
    }

    /// The numbers of the runs around `tokens` in `line`, if the runs and the tokens' words give
    /// the line back exactly.
    private static func runs(of line: String, between tokens: [SearchToken], in gaps: inout SearchGaps) -> [UInt8]? {
        var line = line
        guard line.utf8.allSatisfy({ $0 < 0x80 }) else { return runs(ofCharacters: Array(line), between: tokens, in: &gaps) }
        // Offsets count characters, which in an ASCII line are bytes.
        return line.withUTF8 { bytes -> [UInt8]? in
            var runs: [UInt8] = []
            runs.reserveCapacity(tokens.count + 1)
            var position = 0
            for token in tokens {
                // A word whose apostrophe was dropped is shorter than its place in the line.
                guard token.end - token.start == token.surface.utf8.count,
                      let run = gaps.number(of: UnsafeBufferPointer(rebasing: bytes[position..<token.start])) else { return nil }
                runs.append(run)
                position = token.end
            }
            guard let last = gaps.number(of: UnsafeBufferPointer(rebasing: bytes[position...])) else { return nil }
            runs.append(last)
            return runs
        }
    }

    private static func runs(ofCharacters characters: [Character], between tokens: [SearchToken], in gaps: inout SearchGaps) -> [UInt8]? {
        func number(_ range: Range<Int>) -> UInt8? {
            var text = String(characters[range])
            return text.withUTF8 { gaps.number(of: $0) }
        }
        var runs: [UInt8] = []
        var position = 0
        for token in tokens {
            // A word's number gives back its letters only when none was folded or dropped.
            guard String(characters[token.start..<token.end]) == token.surface, let run = number(position..<token.start) else { return nil }
            runs.append(run)
            position = token.end
        }
        guard let last = number(position..<characters.count) else { return nil }
        runs.append(last)
        return runs
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
        case let .task(_, content): return [text(content)]
        case let .list(_, items): return items.flatMap { $0.flatMap(lines) }
        case let .quote(inner): return inner.flatMap(lines)
        case let .code(code): return code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case let .table(table): return ([table.header] + table.rows).map { $0.map(text).joined(separator: " | ") }
        case .rule: return []
        }
    }
}

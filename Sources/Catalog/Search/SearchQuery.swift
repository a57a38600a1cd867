/// A search as typed, prepared for matching. Text and query are read alike: words are runs of
/// letters and digits with accents folded and apostrophes dropped, compared by their Snowball stem
/// (`partnerships` finds `partnership`); case matters only when the query has a capital (smart
/// case). Several words must all occur; `"social value"` is a phrase; `partner*` a prefix; a
/// hyphenated word also matches it written joined (`co-production`, `coproduction`), and two
/// words also match them joined (`co production`).
public struct SearchQuery: Equatable, Sendable {
    /// One word to look for: a word of the query, of a phrase, or two words joined.
    public struct Slot: Equatable, Sendable {
        /// The word as typed, accents folded, apostrophes dropped, case kept.
        public var word: String
        /// The same, lower-cased.
        public var lower: String
        /// Its stem.
        public var stem: String
        /// Its stem as `WordFamily` relates it to the word it is formed from (`production` to
        /// `produce`).
        public var family: String
        /// Whether any word starting with it matches (`partner*`).
        public var isPrefix: Bool
        /// Whether a word starting with it also matches: the last word while it is being typed.
        public var completes = false
    }

    /// The query as typed.
    public let text: String
    /// The query's words, folded (and lower-cased unless the search is case-sensitive), for
    /// matching titles by their letters (go-to).
    public let words: [String]
    /// Whether case matters.
    public let isCaseSensitive: Bool
    /// Every word looked for; a token's match is a bit mask over these.
    public private(set) var slots: [Slot] = []
    /// What must occur, in the order typed: each a list of alternatives, each a run of slots that
    /// must occur one after another.
    public private(set) var units: [[[Int]]] = []
    /// For each unit but the last, the slot of it and the next unit written as one word, if both
    /// are plain words; such a joined word stands for both.
    public private(set) var pairs: [Int?] = []

    /// At most this many words are looked for; the rest of a longer query is ignored.
    public static let maximumSlots = 64

    /// Prepares `text`. While `completing` (as the search prompt is typed), the last word also
    /// matches the words it begins, so the list shows pages before the word is finished.
    public init(_ text: String, completing: Bool = false) {
        self.text = text
        isCaseSensitive = text.contains { $0.isUppercase }
        words = SearchQuery.fold(text, caseSensitive: isCaseSensitive)
            .split(separator: " ").map(String.init).filter { !$0.isEmpty }
        let stemmer = Stemmer()
        var pairable: [Bool] = []
        for chunk in SearchQuery.chunks(text) {
            let tokens = SearchToken.tokens(in: chunk.text)
            guard !tokens.isEmpty, slots.count + tokens.count + 2 <= Self.maximumSlots else { continue }
            let isPrefix = !chunk.isPhrase && chunk.text.hasSuffix("*")
            var alternatives = [tokens.indices.map { index in
                add(tokens[index].surface, isPrefix: isPrefix && index == tokens.count - 1, stemmer)
            }]
            if !chunk.isPhrase, tokens.count > 1, tokens.dropLast().allSatisfy(\.joinsNext) {
                alternatives.append([add(tokens.map(\.surface).joined(), isPrefix: isPrefix, stemmer)])
            }
            units.append(alternatives)
            pairable.append(!chunk.isPhrase && !isPrefix && tokens.count == 1)
        }
        if completing, let last = text.last, !last.isWhitespace, pairable.last == true {
            slots[units[units.count - 1][0][0]].completes = true
        }
        pairs = units.indices.dropLast().map { index -> Int? in
            guard pairable[index], pairable[index + 1], slots.count < Self.maximumSlots else { return nil }
            return add(slots[units[index][0][0]].word + slots[units[index + 1][0][0]].word, isPrefix: false, stemmer)
        }
    }

    /// Whether the last word also matches the words it begins.
    public var isCompleting: Bool { slots.contains(where: \.completes) }

    /// Whether there is nothing to look for.
    public var isEmpty: Bool { units.isEmpty }

    /// The query's words in the order typed, for suggesting others in their place: each plain or
    /// prefix word with the unit it belongs to.
    public var plainWords: [(unit: Int, slot: Int)] {
        units.indices.compactMap { unit in
            units[unit].count == 1 && units[unit][0].count == 1 ? (unit, units[unit][0][0]) : nil
        }
    }

    private mutating func add(_ word: String, isPrefix: Bool, _ stemmer: Stemmer) -> Int {
        let lower = word.lowercased()
        let stem = stemmer.stem(lower)
        slots.append(Slot(word: word, lower: lower, stem: stem, family: WordFamily.of(lower: lower, stem: stem), isPrefix: isPrefix))
        return slots.count - 1
    }

    /// The slots a word of the text matches, as a bit mask; `lower` and `stem` are its lower-case
    /// form and that form's stem.
    public func mask(surface: String, lower: String, stem: String) -> UInt64 {
        var mask: UInt64 = 0
        let family = WordFamily.of(lower: lower, stem: stem)
        for (index, slot) in slots.enumerated() where slot.matches(surface: surface, lower: lower, stem: stem, family: family, caseSensitive: isCaseSensitive) {
            mask |= 1 << UInt64(index)
        }
        return mask
    }

    /// The slots that can start an occurrence of some unit or pair.
    public var firstSlots: UInt64 {
        var mask: UInt64 = 0
        for alternative in units.joined() { mask |= 1 << UInt64(alternative[0]) }
        for case let slot? in pairs { mask |= 1 << UInt64(slot) }
        return mask
    }

    /// `line` folded the way the words are, keeping its length in characters.
    public func prepare(_ line: String) -> String {
        SearchQuery.fold(line, caseSensitive: isCaseSensitive)
    }

    /// `text` with accents folded and, unless `caseSensitive`, lower-cased, keeping its length.
    static func fold(_ text: String, caseSensitive: Bool) -> String {
        let folded = ASCIIFolding.foldLetters(text)
        guard !caseSensitive else { return folded }
        let lowered = folded.lowercased()
        return lowered.count == folded.count ? lowered : String(folded.map { Character($0.lowercased().count == 1 ? $0.lowercased() : String($0)) })
    }

    /// The query split at spaces outside double quotes (straight or curly); a quoted part is a phrase.
    private static func chunks(_ text: String) -> [(text: String, isPhrase: Bool)] {
        var chunks: [(text: String, isPhrase: Bool)] = []
        var current = ""
        var inQuotes = false
        func close() {
            if !current.isEmpty { chunks.append((current, inQuotes)) }
            current = ""
        }
        for character in text {
            if character == "\"" || character == "\u{201C}" || character == "\u{201D}" {
                close()
                inQuotes.toggle()
            } else if character.isWhitespace && !inQuotes {
                close()
            } else {
                current.append(character)
            }
        }
        close()
        return chunks
    }
}

extension SearchQuery.Slot {
    /// Whether a word of the text matches: the same stem or family (or, for a prefix, a word
    /// starting with it), and when case matters the same case on the letters they share.
    func matches(surface: String, lower: String, stem: String, family: String, caseSensitive: Bool) -> Bool {
        if isPrefix {
            guard lower.hasPrefix(self.lower) else { return false }
            return !caseSensitive || surface.hasPrefix(word)
        }
        if completes, lower.hasPrefix(self.lower), !caseSensitive || surface.hasPrefix(word) { return true }
        guard stem == self.stem || family == self.family else { return false }
        guard caseSensitive else { return true }
        let shared = zip(lower, self.lower).prefix { $0 == $1 }.count
        return surface.prefix(shared) == word.prefix(shared)
    }
}

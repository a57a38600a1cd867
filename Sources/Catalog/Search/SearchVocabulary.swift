/// Every distinct word of the indexed text, once: its letters, lower-case form, stem and how
/// often it occurs. Pages hold word numbers, so a query is compared with each distinct word once.
/// Words are numbered in the order they are first met, so the words of the first pages indexed
/// are the first `count` words: an index read only as far as some page reads only those.
struct SearchVocabulary: Sendable {
    /// The words as written (accents folded, apostrophes dropped).
    private(set) var surfaces: [String] = []
    /// Their lower-case forms.
    private(set) var lowers: [String] = []
    /// The stems of those.
    private(set) var stems: [String] = []
    /// How many times each occurs.
    private(set) var frequencies: [Int32] = []
    private var numbers: [String: Int32] = [:]
    /// Each lower-case form with the number of the first word that has it.
    private var lowerForms: [String: Int32] = [:]

    /// How many words there are.
    var count: Int { surfaces.count }

    /// The word's number, adding it if it is new.
    mutating func number(of surface: String, stemmer: Stemmer) -> Int32 {
        if let number = numbers[surface] {
            frequencies[Int(number)] += 1
            return number
        }
        let number = Int32(surfaces.count)
        numbers[surface] = number
        let lower = surface.lowercased()
        surfaces.append(surface)
        lowers.append(lower)
        if lowerForms[lower] == nil { lowerForms[lower] = number }
        stems.append(stemmer.stem(lower))
        frequencies.append(1)
        return number
    }

    /// Whether one of the first `words` words is this one, in any case.
    func contains(lower: String, within words: Int) -> Bool {
        lowerForms[lower].map { Int($0) < words } ?? false
    }

    /// Whether one of the first `words` words starts with this lower-case text.
    func begins(_ lower: String, within words: Int) -> Bool {
        lowers.prefix(words).contains { $0.hasPrefix(lower) }
    }

    /// The slots of `query` that each of the first `words` words matches, by word number.
    func masks(for query: SearchQuery, within words: Int) -> [UInt64] {
        (0..<words).map { query.mask(surface: surfaces[$0], lower: lowers[$0], stem: stems[$0]) }
    }

    /// The word among the first `words` closest to `word` by edit distance, the more frequent
    /// first (as `frequency` counts), if one is within two edits (one for words of four letters
    /// or fewer).
    func nearest(to word: String, within words: Int, frequency: (Int) -> Int32) -> String? {
        let word = word.lowercased()
        let limit = word.count <= 4 ? 1 : 2
        var best: (distance: Int, frequency: Int32, word: String)?
        var seen: Set<String> = []
        for index in 0..<words {
            let candidate = lowers[index]
            guard candidate.count >= 3, abs(candidate.count - word.count) <= limit, candidate != word,
                  candidate.first == word.first, seen.insert(candidate).inserted else { continue }
            let distance = EditDistance.between(word, candidate)
            guard distance <= limit else { continue }
            let frequency = frequency(index)
            if best == nil || distance < best!.distance || (distance == best!.distance && frequency > best!.frequency) {
                best = (distance, frequency, candidate)
            }
        }
        return best?.word
    }
}

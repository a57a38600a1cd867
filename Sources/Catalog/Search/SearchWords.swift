/// A page's word numbers, in two bytes each when every number fits in 15 bits (a vocabulary of
/// up to 32,768 words, which most toolkits have), else in four: on 10,000 pages of 700 words
/// that is 14 MB rather than 28.
struct SearchWords: Equatable, Sendable {
    /// The top bit of a number as `subscript` gives it: a hyphen joins the word to the next.
    static let joinsNext: Int32 = 1 << 30

    /// The numbers as stored, for scans specialised to their width.
    enum Storage: Equatable, Sendable {
        /// Numbers below 2^15, with the top bit for `joinsNext`.
        case narrow([UInt16])
        /// Numbers as `subscript` gives them.
        case wide([Int32])
    }

    /// The numbers as stored.
    let storage: Storage

    /// `numbers`, each possibly with `joinsNext` set.
    init(_ numbers: [Int32]) {
        if numbers.allSatisfy({ $0 & ~Self.joinsNext < 0x8000 }) {
            var narrow: [UInt16] = []
            narrow.reserveCapacity(numbers.count)
            for number in numbers { narrow.append(UInt16(number & ~Self.joinsNext) | (number & Self.joinsNext != 0 ? 0x8000 : 0)) }
            storage = .narrow(narrow)
        } else {
            var wide: [Int32] = []
            wide.reserveCapacity(numbers.count)
            wide.append(contentsOf: numbers)
            storage = .wide(wide)
        }
    }

    /// How many words there are.
    var count: Int {
        switch storage {
        case let .narrow(numbers): return numbers.count
        case let .wide(numbers): return numbers.count
        }
    }

    /// Word `index`'s number, with `joinsNext` set when a hyphen joins it to the next.
    subscript(index: Int) -> Int32 {
        switch storage {
        case let .narrow(numbers): return Int32(numbers[index] & 0x7FFF) | (numbers[index] & 0x8000 != 0 ? Self.joinsNext : 0)
        case let .wide(numbers): return numbers[index]
        }
    }
}

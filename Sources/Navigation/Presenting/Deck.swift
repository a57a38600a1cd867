import Catalog

/// The items a presenter steps through: the pages of one menu, one per screen. Where the titles
/// number their pages ("Principle 7: Trust"), positions and jumps use those numbers.
public struct Deck: Equatable, Sendable {
    /// The menu whose pages are the items.
    public let menu: PageID
    /// The items, in menu order.
    public let items: [PageID]
    /// What one numbered item is called ("principle"), when the titles number their items.
    public let noun: String?
    /// Each item's number from its title, or nil for an item its title does not number.
    public let numbers: [Int?]

    /// The deck of `menu`'s pages.
    public init(menu: PageID, in catalog: Catalog) {
        self.menu = menu
        items = catalog[menu].children
        let parsed = items.map { Deck.numbered(catalog[$0].title) }
        let nouns = Set(parsed.compactMap { $0?.noun.lowercased() })
        if nouns.count == 1, parsed.compactMap({ $0 }).count >= 2 {
            noun = nouns.first
            numbers = parsed.map { $0?.number }
        } else {
            noun = nil
            numbers = items.map { _ in nil }
        }
    }

    /// How many items the titles number.
    public var numberedCount: Int { numbers.compactMap { $0 }.count }

    /// Where item `index` stands: `principle 3 of 9`, `overview`, or `2 of 4`.
    public func label(of index: Int, in catalog: Catalog) -> String {
        guard items.indices.contains(index) else { return "" }
        if let noun {
            if let number = numbers[index] { return "\(noun) \(number) of \(numberedCount)" }
            return catalog[items[index]].shortTitle.lowercased()
        }
        return "\(index + 1) of \(items.count)"
    }

    /// The item a typed number names: the item with that number in its title, or else the
    /// item at that 1-based position.
    public func index(forNumber number: Int) -> Int? {
        if noun != nil { return numbers.firstIndex(of: number) }
        return items.indices.contains(number - 1) ? number - 1 : nil
    }

    /// "Principle 7: Trust" and "Corrective 2 (title inferred): ..." give ("Principle", 7) and
    /// ("Corrective", 2).
    private static func numbered(_ title: String) -> (noun: String, number: Int)? {
        let words = title.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, words[0].allSatisfy(\.isLetter),
              let number = Int(words[1].hasSuffix(":") ? words[1].dropLast() : words[1]) else { return nil }
        return (String(words[0]), number)
    }
}

import Catalog

/// The items a presenter steps through: the pages of one menu, one per screen. Where the titles
/// number their pages ("Principle 7: Trust"), positions and jumps use those numbers, as the menu
/// does (`ItemNumbers`).
public struct Deck: Equatable, Sendable {
    /// The menu whose pages are the items.
    public let menu: PageID
    /// The items, in menu order.
    public let items: [PageID]
    /// How the menu numbers its items, which the deck's positions and jumps follow.
    public let numbering: ItemNumbers

    /// The deck of `menu`'s pages.
    public init(menu: PageID, in catalog: Catalog) {
        self.menu = menu
        items = catalog[menu].children
        numbering = catalog.itemNumbers(of: menu)
    }

    /// What one numbered item is called ("principle"), when the titles number their items.
    public var noun: String? { numbering.noun }
    /// Each item's number from its title, or nil for an item its title does not number.
    public var numbers: [Int?] { numbering.titled }

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

    /// The item a typed number names: the number its menu shows it with (from its title where
    /// the titles number the items, an overview being 0), as in the menu itself.
    public func index(forNumber number: Int) -> Int? {
        numbering.index(of: number)
    }
}

/// The numbers a menu's items are shown and picked by. Where the titles number the items
/// ("Principle 7: Trust", "Corrective 2 (title inferred): ..."), those numbers, and the one item
/// they leave unnumbered (an overview) is 0; otherwise the items' positions, 1, 2, 3, ...
public struct ItemNumbers: Equatable, Sendable {
    /// What one numbered item is called ("principle"), when the titles number their items.
    public let noun: String?
    /// Each item's number from its title, or nil for an item its title does not number.
    public let titled: [Int?]
    /// The number each item is shown with, typed as, and named by in menu numbers (`3.0`).
    public let shown: [Int]

    /// The numbering of items with these titles, in menu order.
    public init(titles: [String]) {
        let parsed = titles.map(Self.numbered)
        let nouns = Set(parsed.compactMap { $0?.noun.lowercased() })
        let numbers = parsed.map { $0?.number }
        if nouns.count == 1, numbers.compactMap({ $0 }).count >= 2 {
            noun = nouns.first
            titled = numbers
        } else {
            noun = nil
            titled = titles.map { _ in nil }
        }
        let byTitle = titled.map { $0 ?? 0 }
        let fitsTitles = noun != nil && Set(byTitle).count == byTitle.count && byTitle.allSatisfy { $0 >= 0 }
        shown = fitsTitles ? byTitle : titles.indices.map { $0 + 1 }
    }

    /// The item a typed number names, if any.
    public func index(of number: Int) -> Int? {
        shown.firstIndex(of: number)
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

extension Catalog {
    /// How the menu `id` numbers its items.
    public func itemNumbers(of id: PageID) -> ItemNumbers {
        ItemNumbers(titles: self[id].children.map { entry($0).title })
    }

    /// The page's number in the menu, as the path of the numbers each menu shows (`2.3`, or
    /// `3.0` for an overview beside numbered items); empty for the root.
    public func menuNumber(of id: PageID) -> String {
        ancestry(of: id).dropFirst().compactMap { page -> String? in
            guard let parent = page.parent, let index = self[parent].children.firstIndex(of: page) else { return nil }
            return String(itemNumbers(of: parent).shown[index])
        }.joined(separator: ".")
    }

    /// Every page's menu number, by id, found in one walk of the menu tree.
    public var menuNumbers: [PageID: String] {
        var result: [PageID: String] = [.root: ""]
        func visit(_ id: PageID, _ number: String) {
            let children = self[id].children
            for (child, shown) in zip(children, itemNumbers(of: id).shown) {
                let childNumber = number.isEmpty ? "\(shown)" : "\(number).\(shown)"
                result[child] = childNumber
                visit(child, childNumber)
            }
        }
        visit(.root, "")
        return result
    }
}

import Catalog

/// The pages a go-to prompt's text may mean, best first: an exact menu number or id, then menu
/// numbers that start with it, ids that contain it, titles that contain it (accents and case
/// ignored).
enum GoToCandidates {
    static func find(_ text: String, in catalog: Catalog, limit: Int = 40) -> [PageID] {
        let typed = text.trimmingSpaces
        let order = catalog.pagesInMenuOrder
        guard !typed.isEmpty else { return Array(order.dropFirst().prefix(limit)) }
        let numbers = catalog.menuNumbers
        let query = SearchQuery(typed.lowercased())
        let needle = query.words.joined(separator: " ")
        var result: [PageID] = []
        func add(_ ids: [PageID]) {
            for id in ids where !result.contains(id) { result.append(id) }
        }
        add(order.filter { numbers[$0] == typed || $0.path == typed })
        if typed.allSatisfy({ $0.isNumber || $0 == "." }) {
            add(order.filter { numbers[$0]?.hasPrefix(typed) == true })
        }
        add(order.filter { $0.path.contains(typed.lowercased()) })
        add(order.filter { !needle.isEmpty && query.prepare(catalog[$0].title).contains(needle) })
        return Array(result.prefix(limit))
    }
}

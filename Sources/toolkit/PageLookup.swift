import Catalog

/// Turns a typed page id into a page, or a usage error that suggests close matches.
enum PageLookup {
    /// The page for `typed` (the menu when nil); exits with 64 if there is none.
    static func resolve(_ typed: String?, in catalog: Catalog) throws -> PageID {
        guard let typed else { return .root }
        if let id = catalog.resolve(typed) { return id }
        let shown = VisibleText.make(typed)
        let near = catalog.nearMatches(for: typed)
        var message = "toolkit: no page '\(shown)'."
        if !near.isEmpty { message += " Did you mean: " + near.map(\.description).joined(separator: ", ") + "?" }
        StandardError.write(message)
        StandardError.write("Sections: " + catalog.root.children.map(\.description).joined(separator: ", "))
        throw Exit(64)
    }
}

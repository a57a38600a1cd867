import Catalog

/// Where the reader is: a page, how far it is scrolled, and which item or link has the focus.
public struct Place: Hashable, Sendable {
    /// The page or menu shown.
    public var id: PageID
    /// The first document line on screen.
    public var scroll: Int
    /// The focused target: always set in a menu (the selection), optional on a page (a link).
    public var focus: Int?
    /// When set, the place is the results list of this search, opened from page `id`.
    public var results: String?

    /// Creates a place.
    public init(id: PageID, scroll: Int = 0, focus: Int? = nil, results: String? = nil) {
        self.id = id
        self.scroll = scroll
        self.focus = focus
        self.results = results
    }
}

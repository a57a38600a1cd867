/// The stable, readable identity of a page: its path under the content folder without `.md`
/// (`case-studies/plymouth-alliance`); a folder's `index.md` takes the folder's id, the root's is empty.
public struct PageID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The id as a path, empty for the root menu.
    public let path: String

    /// Creates an id from its path form.
    public init(_ path: String) {
        self.path = path
    }

    /// The toolkit menu.
    public static let root = PageID("")

    /// Whether this is the toolkit menu.
    public var isRoot: Bool { path.isEmpty }

    /// The id of the folder that holds this page, or nil for the root.
    public var parent: PageID? {
        if isRoot { return nil }
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return .root }
        return PageID(String(path[..<slash]))
    }

    /// The id as people type it on the command line; the root is `menu`.
    public var description: String { isRoot ? "menu" : path }

    public static func < (lhs: PageID, rhs: PageID) -> Bool { lhs.path < rhs.path }
}

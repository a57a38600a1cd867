/// Where a link leads, resolved when the content is loaded.
public enum LinkTarget: Hashable, Sendable {
    /// Another page of the toolkit (or this one), optionally at a heading's anchor.
    case page(PageID, anchor: String?)
    /// A web address outside the toolkit.
    case external(String)
}

/// A link found in a page, with the line of its source file for error messages.
public struct Link: Equatable, Sendable {
    /// Where it leads.
    public var target: LinkTarget
    /// The 1-based line in the page's file where the link's block starts.
    public var line: Int

    /// Creates a link.
    public init(target: LinkTarget, line: Int) {
        self.target = target
        self.line = line
    }
}

/// What a page's front matter says, which is all a menu needs of it.
public struct MenuEntry: Sendable {
    /// The full title.
    public internal(set) var title: String
    /// A short title for the breadcrumb.
    public internal(set) var shortTitle: String
    /// The one-line summary shown beside the page in its menu.
    public internal(set) var summary: String
    /// Position among its siblings.
    public internal(set) var order: Int
    /// The web pages its facts come from.
    public internal(set) var sources: [String]
    /// When the page was last revised, as its author wrote it.
    public internal(set) var updated: String?

    /// The header its front matter gives.
    init(_ frontMatter: FrontMatter) {
        title = frontMatter.title
        shortTitle = frontMatter.shortTitle ?? frontMatter.title
        summary = frontMatter.summary
        order = frontMatter.order ?? Int.max
        sources = frontMatter.sources
        updated = frontMatter.updated
    }

    /// The stand-in for a file that cannot be read or whose front matter is broken: named after
    /// the file, last in its menu, saying where the problem is.
    init(unreadable file: String) {
        title = VisibleText.make(file)
        shortTitle = title
        summary = "cannot be shown: run toolkit check"
        order = Int.max
        sources = []
        updated = nil
    }
}

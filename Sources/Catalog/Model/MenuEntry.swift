/// What a page's front matter says, which is all a menu needs of it.
struct MenuEntry: Sendable {
    var title: String
    var shortTitle: String
    var summary: String
    var order: Int
    var sources: [String]
    var updated: String?

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

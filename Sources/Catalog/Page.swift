/// One page of the toolkit: its front matter, its body, and its place in the menu tree.
public struct Page: Equatable, Sendable {
    /// The page's id.
    public var id: PageID
    /// The full title.
    public var title: String
    /// A short title for the breadcrumb.
    public var shortTitle: String
    /// The one-line summary shown beside the page in its menu.
    public var summary: String
    /// Position among its siblings.
    public var order: Int
    /// The web pages its facts come from.
    public var sources: [String]
    /// When the page was last revised, as its author wrote it (the root's dates the whole toolkit).
    public var updated: String?
    /// The body, followed by the generated "What next?" and "Sources" blocks on leaf pages.
    public var blocks: [Block]
    /// Where the generated blocks start in `blocks` (its count when there are none).
    public var footerStart: Int
    /// The body's Markdown as the author wrote it, for `--format markdown`.
    public var markdown: String
    /// Every link in `blocks`, indexed by `Inline.link`.
    public var links: [Link]
    /// The pages under this one, in menu order; a page with children is shown as a menu.
    public var children: [PageID]
    /// The facilitator's notes for workshops, one string per paragraph; only the presenter sees them.
    public var notes: [String]
    /// The file the page was read from, relative to the content folder.
    public var file: String

    /// Whether the page is shown as a menu of its children.
    public var isMenu: Bool { !children.isEmpty }

    /// The blocks a printed handout keeps: the body and its sources, without "Linked from" and
    /// "What next?".
    public var handoutBlocks: [Block] {
        let footer = blocks[footerStart...]
        let sources = footer.drop { block in
            if case let .heading(_, _, anchor) = block { return anchor != "sources" }
            return true
        }
        return Array(blocks[..<footerStart]) + sources
    }

    /// Creates a page.
    public init(
        id: PageID, title: String, shortTitle: String, summary: String, order: Int,
        sources: [String], updated: String? = nil, blocks: [Block], links: [Link], children: [PageID], file: String,
        markdown: String = "", notes: [String] = []
    ) {
        self.id = id
        self.title = title
        self.shortTitle = shortTitle
        self.summary = summary
        self.order = order
        self.sources = sources
        self.updated = updated
        self.blocks = blocks
        self.footerStart = blocks.count
        self.markdown = markdown
        self.links = links
        self.children = children
        self.notes = notes
        self.file = file
    }
}

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
    /// The page's body and footer, read and parsed when first needed.
    private var content: LazyBody
    /// The pages under this one, in menu order; a page with children is shown as a menu.
    public var children: [PageID]
    /// The file the page was read from, relative to the content folder.
    public var file: String

    /// The body, followed by the generated "Linked from", "What next?" and "Sources" blocks on leaf
    /// pages, and by "What next?" on menus other than the toolkit menu.
    public var blocks: [Block] {
        get { content.body.blocks }
        set { change { $0.blocks = newValue } }
    }
    /// Where the generated blocks start in `blocks` (its count when there are none).
    public var footerStart: Int { content.body.footerStart }
    /// Every link in `blocks`, indexed by `Inline.link`.
    public var links: [Link] { content.body.links }
    /// The body's Markdown as the author wrote it, for `--format markdown`.
    public var markdown: String { content.body.markdown }
    /// The facilitator's notes for workshops, one string per paragraph; only the presenter sees them.
    public var notes: [String] { content.body.notes }

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

    /// Creates a page whose body is already known.
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
        self.content = LazyBody(PageBody(blocks: blocks, links: links, markdown: markdown, notes: notes))
        self.children = children
        self.file = file
    }

    /// The page `id` of `store`, whose body the store builds when it is first needed (or is
    /// `body`, when given).
    init(id: PageID, in store: PageStore, body: PageBody? = nil) {
        let header = store.header(id)
        self.id = id
        title = header.title
        shortTitle = header.shortTitle
        summary = header.summary
        order = header.order
        sources = header.sources
        updated = header.updated
        content = body.map(LazyBody.init) ?? LazyBody(id: id, in: store)
        children = store.children(of: id)
        file = store.outline.files[id]!
    }

    private mutating func change(_ edit: (inout PageBody) -> Void) {
        var body = content.body
        edit(&body)
        content = LazyBody(body)
    }

    /// Pages are equal when their front matter, place and body are.
    public static func == (lhs: Page, rhs: Page) -> Bool {
        (lhs.id, lhs.title, lhs.shortTitle, lhs.summary, lhs.order, lhs.file) ==
            (rhs.id, rhs.title, rhs.shortTitle, rhs.summary, rhs.order, rhs.file)
            && lhs.updated == rhs.updated && lhs.sources == rhs.sources && lhs.children == rhs.children
            && (lhs.content === rhs.content || lhs.content.body == rhs.content.body)
    }
}

/// What a page shows below its title: the body's blocks, then the generated footer (all of it on a
/// leaf page, "What next?" alone on a menu other than the toolkit menu),
/// with the links they hold and the author's Markdown and notes.
public struct PageBody: Equatable, Sendable {
    /// The body, followed by the generated "Linked from", "What next?" and "Sources" blocks on leaf
    /// pages, and by "What next?" on menus other than the toolkit menu.
    public var blocks: [Block]
    /// Where the generated blocks start in `blocks` (its count when there are none).
    public var footerStart: Int
    /// Every link in `blocks`, indexed by `Inline.link`.
    public var links: [Link]
    /// The body's Markdown as the author wrote it, for `--format markdown`.
    public var markdown: String
    /// The facilitator's notes for workshops, one string per paragraph; only the presenter sees them.
    public var notes: [String]

    /// Creates a body with no generated footer.
    public init(blocks: [Block], links: [Link], markdown: String = "", notes: [String] = []) {
        self.blocks = blocks
        self.footerStart = blocks.count
        self.links = links
        self.markdown = markdown
        self.notes = notes
    }
}

import Catalog

/// A long page laid out a part at a time, so that its first screen can be shown before the rest
/// is laid out: each step lays out more blocks and gives the document so far. A page that is
/// long in bytes starts from its opening (`Catalog.opening(of:)`), so that the first screens need
/// not wait for the whole page to be parsed either; the whole page takes over when the opening's
/// blocks are laid out.
public struct ProgressivePageLayout: Equatable, Sendable {
    /// Pages with at least this many blocks are laid out a part at a time.
    public static let minimumBlocks = 200

    private let page: Page
    /// The page's first part, laid out before the whole page is needed; nil once it is.
    private var opening: Page?
    /// How each part is laid out: the width, the glyph set, the answers its items show.
    private let layout: PageLayout
    /// The checklist items laid out so far.
    private var items: Int
    /// The lines so far, their targets numbered as they came.
    private var numbering: TargetNumbering
    /// The first block not yet laid out.
    private var nextBlock: Int

    /// Starts laying out `page` as `layout` does, from `opening` while it lasts: the title only.
    public init(page: Page, opening: Page? = nil, layout: PageLayout) {
        self.page = page
        self.opening = opening
        self.layout = layout
        self.items = 0
        numbering = TargetNumbering()
        nextBlock = 0
        startOver()
    }

    /// Whether every block is laid out.
    public var isComplete: Bool { opening == nil && nextBlock >= page.blocks.count }

    /// How many lines are laid out.
    public var lineCount: Int { numbering.lines.count }

    /// The document of the lines laid out so far.
    public var document: Document { Document(width: layout.width, numbering: numbering) }

    /// Lays out blocks until there are at least `count` lines, or every block is laid out.
    public mutating func extend(toLines count: Int) {
        while numbering.lines.count < count, !isComplete {
            if let opening, nextBlock >= opening.blocks.count {
                leaveOpening()
            } else {
                layOutNextBlocks(upTo: nextBlock + 1)
            }
        }
    }

    /// Lays out every block up to and including block `index` of the whole page.
    public mutating func extend(throughBlock index: Int) {
        leaveOpening()
        layOutNextBlocks(upTo: min(page.blocks.count, index + 1))
    }

    /// Lays out every block that is left.
    public mutating func complete() {
        leaveOpening()
        layOutNextBlocks(upTo: page.blocks.count)
    }

    /// The blocks laid out so far come from the opening or the page, whichever is current.
    private var current: Page { opening ?? page }

    /// Goes on with the whole page, which parses it. Its first blocks and links are the opening's
    /// by construction; should they differ (a link to a missing anchor on the page itself, which
    /// the opening cannot know of), what was laid out is laid out again from the whole page.
    private mutating func leaveOpening() {
        guard let opening else { return }
        self.opening = nil
        if !(page.blocks.starts(with: opening.blocks) && page.links.starts(with: opening.links)) { startOver() }
    }

    private mutating func startOver() {
        let page = current
        numbering = TargetNumbering()
        numbering.append(layout.titleLines(for: page)) { PageLayout.action(for: page.links[$0]) }
        nextBlock = 0
        items = 0
    }

    private mutating func layOutNextBlocks(upTo end: Int) {
        guard end > nextBlock else { return }
        let page = current
        let lines = layout.blockLines(for: page, blocks: nextBlock..<end, items: &items)
        numbering.append(lines) { PageLayout.action(forKey: $0, on: page) }
        nextBlock = end
    }
}

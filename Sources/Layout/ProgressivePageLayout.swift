import Catalog

/// A long page laid out a part at a time, so that its first screen can be shown before the rest
/// is laid out: each step lays out more blocks and gives the document so far.
public struct ProgressivePageLayout: Equatable, Sendable {
    /// Pages with at least this many blocks are laid out a part at a time.
    public static let minimumBlocks = 200

    private let page: Page
    private let width: Int
    private let glyphs: Glyphs
    /// The lines so far, their targets numbered as they came.
    private var numbering: TargetNumbering
    /// The first block not yet laid out.
    private var nextBlock: Int

    /// Starts laying out `page` `width` columns wide: the title only.
    public init(page: Page, width: Int, glyphs: Glyphs) {
        self.page = page
        self.width = max(1, width)
        self.glyphs = glyphs
        numbering = TargetNumbering()
        numbering.append(PageLayout.titleLines(for: page, width: self.width, glyphs: glyphs)) { PageLayout.action(for: page.links[$0]) }
        nextBlock = 0
    }

    /// Whether every block is laid out.
    public var isComplete: Bool { nextBlock >= page.blocks.count }

    /// How many lines are laid out.
    public var lineCount: Int { numbering.lines.count }

    /// The document of the lines laid out so far.
    public var document: Document { Document(width: width, numbering: numbering) }

    /// Lays out blocks until there are at least `count` lines, or every block is laid out.
    public mutating func extend(toLines count: Int) {
        while numbering.lines.count < count, !isComplete { layOutNextBlocks(upTo: nextBlock + 1) }
    }

    /// Lays out every block up to and including block `index`.
    public mutating func extend(throughBlock index: Int) {
        layOutNextBlocks(upTo: min(page.blocks.count, index + 1))
    }

    /// Lays out every block that is left.
    public mutating func complete() {
        layOutNextBlocks(upTo: page.blocks.count)
    }

    private mutating func layOutNextBlocks(upTo end: Int) {
        guard end > nextBlock else { return }
        let page = self.page
        numbering.append(PageLayout.blockLines(for: page, blocks: nextBlock..<end, width: width, glyphs: glyphs)) { PageLayout.action(for: page.links[$0]) }
        nextBlock = end
    }
}

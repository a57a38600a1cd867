import Catalog

/// Lays out a page (title, underline, body) as a `Document` of a given width in a glyph set; its
/// links become the document's targets.
public struct PageLayout: Equatable, Sendable {
    /// The columns a line may take (at least 1).
    public let width: Int
    /// The glyph set the page is drawn in.
    public let glyphs: Glyphs
    /// For printing: a web address is never cut, and its line may run past `width`, as in
    /// `lynx -dump`.
    public let wholeAddresses: Bool
    /// When checklist items can be answered, their answers: each item shows its answer and note
    /// and is a target too.
    public let marks: ItemMarks?

    /// A layout `width` columns wide in `glyphs`, addresses whole when `wholeAddresses`, items
    /// answerable with `marks`.
    public init(width: Int, glyphs: Glyphs, wholeAddresses: Bool = false, marks: ItemMarks? = nil) {
        self.width = max(1, width)
        self.glyphs = glyphs
        self.wholeAddresses = wholeAddresses
        self.marks = marks
    }

    /// The page laid out whole.
    public func document(for page: Page) -> Document {
        var items = 0
        let lines = titleLines(for: page) + blockLines(for: page, blocks: page.blocks.indices, items: &items)
        return Self.document(for: page, lines: lines, width: width)
    }

    /// The page's blocks without its title, for output that prints its own heading.
    public func body(of page: Page) -> Document {
        let lines = blocks.lines(for: page.blocks)
        return Document(width: width, lines: lines) { Self.action(for: page.links[$0]) }
    }

    /// The title, wrapped, and its underline.
    func titleLines(for page: Page) -> [Line] {
        var lines = glyphs.wrap([Inline(page.title)], width: width, base: Style(.title, bold: true))
            .map { Line($0, origin: -1) }
        let titleWidth = lines.map(\.width).max() ?? 0
        lines.append(Line([Span(String(repeating: glyphs.titleRule, count: min(width, titleWidth)), Style(.muted))], origin: -1))
        return lines
    }

    /// The lines of the blocks in `range`, each after a blank line and marked with its block's
    /// index; with `marks`, the checklist items among them are keyed as targets, numbered on from
    /// `items` (the items in the blocks before), which is left counting the items laid out.
    func blockLines(for page: Page, blocks range: Range<Int>, items: inout Int) -> [Line] {
        var lines: [Line] = []
        for index in range {
            lines.append(Line([], origin: index))
            let start = lines.count
            for var line in blocks.lines(for: [page.blocks[index]]) {
                line.origin = index
                lines.append(line)
            }
            if marks != nil, ItemTargets.holdsItem(page.blocks[index]) { ItemTargets.number(&lines[start...], from: &items) }
        }
        return lines
    }

    /// The layout of the blocks under the title.
    private var blocks: BlockLayout {
        BlockLayout(width: width, glyphs: glyphs, wholeAddresses: wholeAddresses, marks: marks)
    }

    /// The document of lines whose spans' targets are still link indexes (and item keys).
    static func document(for page: Page, lines: [Line], width: Int) -> Document {
        Document(width: width, lines: lines) { action(forKey: $0, on: page) }
    }

    /// What a target's source key stands for: a link's index, or a checklist item's key.
    static func action(forKey key: Int, on page: Page) -> TargetAction {
        ItemTargets.item(forKey: key).map { .answer(item: $0) } ?? action(for: page.links[key])
    }

    /// What following a link does.
    static func action(for link: Link) -> TargetAction {
        switch link.target {
        case let .page(id, anchor): return .open(id, anchor: anchor)
        case let .external(url): return .external(url)
        }
    }
}

import Catalog

/// Lays out a page (title, underline, body) as a `Document` of a given width; its links become
/// the document's targets.
public enum PageLayout {
    /// The page laid out `width` columns wide (at least 1); with `wholeAddresses`, for printing,
    /// a web address is never cut, and its line may run past `width` as in `lynx -dump`. With
    /// `marks`, its checklist items show their answers and notes and are targets too.
    public static func document(for page: Page, width: Int, glyphs: Glyphs, wholeAddresses: Bool = false, marks: ItemMarks? = nil) -> Document {
        let width = max(1, width)
        var items = 0
        let lines = titleLines(for: page, width: width, glyphs: glyphs)
            + blockLines(for: page, blocks: page.blocks.indices, width: width, glyphs: glyphs, wholeAddresses: wholeAddresses, marks: marks, items: &items)
        return document(for: page, lines: lines, width: width)
    }

    /// The title, wrapped, and its underline.
    static func titleLines(for page: Page, width: Int, glyphs: Glyphs) -> [Line] {
        var lines = TextWrapper.wrap([Inline(page.title)], width: width, base: Style(.title, bold: true), glyphs: glyphs)
            .map { Line($0, origin: -1) }
        let titleWidth = lines.map(\.width).max() ?? 0
        lines.append(Line([Span(String(repeating: glyphs.titleRule, count: min(width, titleWidth)), Style(.muted))], origin: -1))
        return lines
    }

    /// The lines of the blocks in `blocks`, each after a blank line and marked with its block's
    /// index; with `marks`, the checklist items among them are keyed as targets, numbered on from
    /// `items` (the items in the blocks before), which is left counting the items laid out.
    static func blockLines(for page: Page, blocks: Range<Int>, width: Int, glyphs: Glyphs, wholeAddresses: Bool = false,
                           marks: ItemMarks? = nil, items: inout Int) -> [Line] {
        let layout = BlockLayout(width: width, glyphs: glyphs, wholeAddresses: wholeAddresses, marks: marks)
        var lines: [Line] = []
        for index in blocks {
            lines.append(Line([], origin: index))
            let start = lines.count
            for var line in layout.lines(for: [page.blocks[index]]) {
                line.origin = index
                lines.append(line)
            }
            if marks != nil, ItemTargets.holdsItem(page.blocks[index]) { ItemTargets.number(&lines[start...], from: &items) }
        }
        return lines
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

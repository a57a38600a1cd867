import Catalog

/// Lays out a menu page: its title, its lead text, then one entry per child (number and title on
/// one line, summary below), each entry a target, then the generated "What next?" block, whose
/// links are targets after the entries. In a window too short for the lead and every entry, the
/// lead yields: what fits stays above the entries, ending with a line that says the rest is below
/// them (before "What next?"), so the menu itself is never below the fold. The numbers are the
/// ones the digit keys and menu numbers use (`ItemNumbers`).
public struct MenuLayout {
    /// The columns a line may take (at least 1).
    public let width: Int
    /// The glyph set the menu is drawn in.
    public let glyphs: Glyphs
    /// For printing: web addresses whole, as in `PageLayout`.
    public let wholeAddresses: Bool

    /// A layout `width` columns wide in `glyphs`, addresses whole when `wholeAddresses`.
    public init(width: Int, glyphs: Glyphs, wholeAddresses: Bool = false) {
        self.width = max(1, width)
        self.glyphs = glyphs
        self.wholeAddresses = wholeAddresses
    }

    /// The menu laid out for a body of `rows` rows when given. `progress` gives what an entry
    /// says after its title, if anything ("12 of 38 answered" for one with checklist items).
    public func document(for page: Page, in catalog: Catalog, rows: Int? = nil, progress: (PageID) -> String? = { _ in nil }) -> Document {
        var lines = PageLayout(width: width, glyphs: glyphs).titleLines(for: page)
        let items = itemLines(for: page, in: catalog, progress: progress)
        let layout = BlockLayout(width: width, glyphs: glyphs, wholeAddresses: wholeAddresses)
        let blocks = page.blocks[..<page.footerStart].map { layout.lines(for: [Self.withoutLinks($0)]).map(\.asLead) }
        let whole = blocks.isEmpty ? [] : blocks.dropFirst().reduce(blocks[0]) { $0 + [Line.blank.asLead] + $1 }
        var below: [Line] = []
        if !whole.isEmpty {
            lines.append(Line([], origin: -1))
            if let rows, lines.count + whole.count + 1 + items.count > rows {
                let room = rows - lines.count - 2 - items.count
                let split = Self.yield(blocks, within: room)
                lines += split.above + [marker(continuing: !split.above.isEmpty)]
                below = [Line.blank.asLead] + split.below
            } else {
                lines += whole
            }
        }
        lines.append(Line([], origin: -1))
        lines += items + below
        // The footer's links are keyed after the entries, so they are numbered after them.
        let entries = page.children.count
        let footer = Array(page.blocks[page.footerStart...])
        if !footer.isEmpty {
            lines.append(Line([], origin: entries))
            for var line in layout.lines(for: footer) {
                line.origin = entries
                for index in line.spans.indices { line.spans[index].target = line.spans[index].target.map { $0 + entries } }
                lines.append(line)
            }
        }
        return Document(width: width, lines: lines) { key in
            key < entries ? .open(page.children[key], anchor: nil) : PageLayout.action(for: page.links[key - entries])
        }
    }

    /// The lead's blocks split into the lines that fit in `room` rows above the items (whole
    /// blocks while they fit, else the first block's first lines) and the rest.
    private static func yield(_ blocks: [[Line]], within room: Int) -> (above: [Line], below: [Line]) {
        var above: [Line] = []
        var index = 0
        while index < blocks.count, above.count + (above.isEmpty ? 0 : 1) + blocks[index].count <= room {
            if !above.isEmpty { above.append(Line.blank.asLead) }
            above += blocks[index]
            index += 1
        }
        var rest = Array(blocks[index...])
        if above.isEmpty, room > 0, let first = rest.first {
            above = Array(first.prefix(room))
            rest[0] = Array(first.dropFirst(room))
        }
        let below = rest.filter { !$0.isEmpty }
        return (above, below.isEmpty ? [] : below.dropFirst().reduce(below[0]) { $0 + [Line.blank.asLead] + $1 })
    }

    /// The line that ends a lead cut short, saying where the rest is.
    private func marker(continuing: Bool) -> Line {
        let text = continuing ? "\(glyphs.ellipsis) continued below the menu" : "The introduction is below the menu."
        return Line([Span(glyphs.truncate(text, to: width), Style(.muted))], origin: -1)
    }

    /// One entry per child: number and title (and its progress, if it has any), then the summary.
    private func itemLines(for page: Page, in catalog: Catalog, progress: (PageID) -> String?) -> [Line] {
        var lines: [Line] = []
        let numbers = catalog.itemNumbers(of: page.id).shown.map(String.init)
        let numberWidth = numbers.map(\.count).max() ?? 1
        let indent = numberWidth + 2
        for (index, id) in page.children.enumerated() {
            let child = catalog.entry(id)
            let number = numbers[index]
            // The number and the two spaces after it are one span: drawing the row then takes one
            // change of attributes fewer, which keeps ↓ within 200 bytes.
            let label = width > indent ? String(repeating: " ", count: numberWidth - number.count) + number + "  " : ""
            // The progress is kept whole and the title cut first: the count is what changes.
            let after = progress(id).map { " \(glyphs.dot) \($0)" } ?? ""
            let afterSpan = DisplayWidth.of(after) * 2 <= width - label.count ? [Span(after, Style(.muted))] : []
            let room = width - label.count - afterSpan.reduce(0) { $0 + $1.width }
            let title = glyphs.truncate(glyphs.text(child.title), to: room)
            lines.append(Line([Span(label, Style(.muted), target: index), Span(title, Style(.text, bold: true), target: index)] + afterSpan,
                              origin: index))
            if !child.summary.isEmpty && width > indent {
                let summary = glyphs.truncate(glyphs.text(child.summary), to: width - indent)
                lines.append(Line([Span(String(repeating: " ", count: indent)), Span(summary, Style(.muted))], origin: index))
            }
        }
        return lines
    }

    /// The block with links shown as plain text, since a menu's targets are its items.
    static func withoutLinks(_ block: Block) -> Block {
        func plain(_ inlines: [Inline]) -> [Inline] { inlines.map { Inline($0.text, emphasis: $0.emphasis) } }
        switch block {
        case let .heading(level, content, anchor): return .heading(level: level, content: plain(content), anchor: anchor)
        case let .paragraph(content): return .paragraph(plain(content))
        case let .task(checked, content): return .task(checked: checked, content: plain(content))
        case let .list(start, items): return .list(start: start, items: items.map { $0.map(withoutLinks) })
        case let .quote(inner): return .quote(inner.map(withoutLinks))
        case let .table(table):
            return .table(Table(header: table.header.map(plain), rows: table.rows.map { $0.map(plain) }, alignments: table.alignments))
        case .code, .rule: return block
        }
    }
}

private extension Line {
    /// The line as part of a menu's lead, which belongs to no item.
    var asLead: Line {
        var line = self
        line.origin = -1
        return line
    }
}

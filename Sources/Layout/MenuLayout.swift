import Catalog

/// Lays out a menu page: its title, its lead text, then one entry per child (number and title on
/// one line, summary below), each entry a target, then the generated "What next?" block, whose
/// links are targets after the entries. The numbers are the ones the digit keys and menu numbers
/// use (`ItemNumbers`).
public enum MenuLayout {
    /// The menu laid out `width` columns wide (at least 1).
    public static func document(for page: Page, in catalog: Catalog, width: Int, glyphs: Glyphs) -> Document {
        let width = max(1, width)
        var lines = TextWrapper.wrap([Inline(page.title)], width: width, base: Style(.title, bold: true), glyphs: glyphs)
            .map { Line($0, origin: -1) }
        let titleWidth = lines.map(\.width).max() ?? 0
        lines.append(Line([Span(String(repeating: glyphs.titleRule, count: min(width, titleWidth)), Style(.muted))], origin: -1))
        let lead = page.blocks[..<page.footerStart].map(withoutLinks)
        if !lead.isEmpty {
            lines.append(Line([], origin: -1))
            lines += BlockLayout(width: width, glyphs: glyphs).lines(for: lead).map { line in
                var line = line
                line.origin = -1
                return line
            }
        }
        lines.append(Line([], origin: -1))
        let numbers = catalog.itemNumbers(of: page.id).shown.map(String.init)
        let numberWidth = numbers.map(\.count).max() ?? 1
        let indent = numberWidth + 2
        for (index, id) in page.children.enumerated() {
            let child = catalog[id]
            let number = numbers[index]
            // The number and one space are a span of their own, which the selection reverses.
            let label = width > indent ? String(repeating: " ", count: numberWidth - number.count) + number + " " : ""
            let gap = label.isEmpty ? [] : [Span(" ", target: index)]
            let title = DisplayWidth.truncate(glyphs.text(child.title), to: width - label.count - gap.count, ellipsis: glyphs.ellipsis)
            lines.append(Line([Span(label, Style(.muted), target: index)] + gap + [Span(title, Style(.text, bold: true), target: index)], origin: index))
            if !child.summary.isEmpty && width > indent {
                let summary = DisplayWidth.truncate(glyphs.text(child.summary), to: width - indent, ellipsis: glyphs.ellipsis)
                lines.append(Line([Span(String(repeating: " ", count: indent)), Span(summary, Style(.muted))], origin: index))
            }
        }
        // The footer's links are keyed after the entries, so they are numbered after them.
        let entries = page.children.count
        let footer = Array(page.blocks[page.footerStart...])
        if !footer.isEmpty {
            lines.append(Line([], origin: entries))
            for var line in BlockLayout(width: width, glyphs: glyphs).lines(for: footer) {
                line.origin = entries
                for index in line.spans.indices { line.spans[index].target = line.spans[index].target.map { $0 + entries } }
                lines.append(line)
            }
        }
        return Document(width: width, lines: lines) { key in
            key < entries ? .open(page.children[key], anchor: nil) : PageLayout.action(for: page.links[key - entries])
        }
    }

    /// The block with links shown as plain text, since a menu's targets are its items.
    static func withoutLinks(_ block: Block) -> Block {
        func plain(_ inlines: [Inline]) -> [Inline] { inlines.map { Inline($0.text, emphasis: $0.emphasis) } }
        switch block {
        case let .heading(level, content, anchor): return .heading(level: level, content: plain(content), anchor: anchor)
        case let .paragraph(content): return .paragraph(plain(content))
        case let .list(start, items): return .list(start: start, items: items.map { $0.map(withoutLinks) })
        case let .quote(inner): return .quote(inner.map(withoutLinks))
        case let .table(table):
            return .table(Table(header: table.header.map(plain), rows: table.rows.map { $0.map(plain) }, alignments: table.alignments))
        case .code, .rule: return block
        }
    }
}

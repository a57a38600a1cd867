import Catalog

/// Lays out Markdown blocks as lines of a given width: headings underlined, paragraphs wrapped,
/// lists and quotes indented with their markers (a task item's marker is its box), tables drawn
/// (or stacked when too narrow).
struct BlockLayout {
    let width: Int
    let glyphs: Glyphs
    /// Whether a web address is kept on one line even past `width` (plain output, so it can be
    /// copied whole), rather than cut to fit (the screen, where no row may overflow).
    var wholeAddresses = false
    /// When checklist items can be answered (on screen), their answers: each item's box is then
    /// its answer's mark, its note and whether it is kept are drawn under it, and its box and
    /// text are keyed as targets (`ItemTargets`).
    var marks: ItemMarks? = nil

    /// The same layout at another width.
    private func narrowed(to width: Int) -> BlockLayout {
        BlockLayout(width: max(1, width), glyphs: glyphs, wholeAddresses: wholeAddresses, marks: marks)
    }

    /// The lines for a sequence of blocks, separated by blank lines unless `compact`.
    func lines(for blocks: [Block], compact: Bool = false) -> [Line] {
        var result: [Line] = []
        for (index, block) in blocks.enumerated() {
            let blockLines = lines(for: block, compact: compact)
            if index > 0 && !compact { result.append(.blank) }
            if compact, index > 0, case .heading = block { result.append(.blank) }
            result += blockLines
        }
        return result
    }

    private func lines(for block: Block, compact: Bool) -> [Line] {
        switch block {
        case let .heading(level, content, anchor):
            var style = Style(.heading, bold: true)
            if level >= 4 { style.bold = false; style.underline = true }
            var lines = glyphs.wrap(content, width: width, base: style, wholeAddresses: wholeAddresses).map { Line($0) }
            if level <= 2, let widest = lines.map(\.width).max() {
                lines.append(Line([Span(String(repeating: glyphs.rule, count: min(widest, width)), Style(.muted))]))
            }
            lines[0].anchor = anchor
            return lines
        case let .paragraph(content):
            return glyphs.wrap(content, width: width, base: .text, wholeAddresses: wholeAddresses).map { Line($0) }
        case let .task(checked, content):
            // Inside a list the box is the item's marker (`listLines`); this is a task item whose
            // list was too narrow for markers.
            let box = self.box(checked: checked, content: content)
            let boxWidth = DisplayWidth.of(box) + 1
            guard width > boxWidth else {
                // Too narrow for the box beside the text: the box on a line of its own, cut to
                // the width like any other line.
                let cut = DisplayWidth.truncate(box, to: width, ellipsis: "")
                return [Line([Span(cut, Self.boxStyle, target: boxKey)])] + taskLines(content)
            }
            let inner = narrowed(to: width - boxWidth)
            return inner.taskLines(content).enumerated().map { index, line in
                var line = line
                line.spans.insert(index == 0 ? Span(box + " ", Self.boxStyle, target: boxKey) : Span(String(repeating: " ", count: boxWidth)), at: 0)
                return line
            }
        case let .list(start, items):
            return listLines(start: start, items: items)
        case let .quote(inner):
            guard width > 2 else { return lines(for: inner) }
            let bar = Span(glyphs.quoteBar + " ", Style(.quote))
            let inside = narrowed(to: width - 2).lines(for: inner)
            return inside.map { line in
                var line = line
                line.spans = [bar] + line.spans.map { span in
                    var span = span
                    if span.style.role == .text { span.style.role = .quote }
                    return span
                }
                return line
            }
        case let .code(text):
            let indent = width > 2 ? "  " : ""
            return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { codeLine in
                glyphs.wrap([Inline(String(codeLine))], width: width - indent.count, base: Style(.code))
                    .map { Line([Span(indent)] + $0) }
            }
        case let .table(table):
            return TableLayout(width: width, glyphs: glyphs).lines(for: table)
        case .rule:
            return [Line([Span(String(repeating: glyphs.rule, count: width), Style(.muted))])]
        }
    }

    /// How a task item's box looks: as the text, not muted as bullets are, since it is there to be answered.
    static let boxStyle = Style(.text, bold: true)

    /// The key an item's box carries: a target's when items can be answered.
    private var boxKey: Int? { marks == nil ? nil : ItemTargets.boxKey }

    /// A task item's box: its answer's mark when it has one, else as its Markdown has it.
    private func box(checked: Bool, content: [Inline]) -> String {
        // Unanswered, an item keeps the box its Markdown gives it, as everywhere else.
        guard let marks, let choice = marks.answer(to: content)?.choice else { return glyphs.taskBox(checked: checked) }
        return glyphs.mark(for: choice)
    }

    /// A task item's text, then (when items can be answered) its note and whether its answer is
    /// kept; the text is keyed as part of the item's target.
    private func taskLines(_ content: [Inline]) -> [Line] {
        var text = lines(for: .paragraph(content), compact: true)
        guard let marks else { return text }
        for row in text.indices {
            for index in text[row].spans.indices where text[row].spans[index].target == nil {
                text[row].spans[index].target = ItemTargets.textKey
            }
        }
        let key = TaskItem.key(for: content.map(\.text).joined())
        // The note and the "not saved" line belong to the item's target, so selecting the item
        // brings them on screen too.
        if let note = marks.answers[key]?.note, !note.isEmpty {
            text += glyphs.wrap([Inline("Note: " + VisibleText.make(note))], width: width, base: Style(.muted, italic: true))
                .map { Line($0.map { Span($0.text, $0.style, target: ItemTargets.textKey) }) }
        }
        if marks.unsaved.contains(key) {
            let words = glyphs.truncate("not saved", to: width)
            text.append(Line([Span(words, Style(.notice, bold: true), target: ItemTargets.textKey)]))
        }
        return text
    }

    private func listLines(start: Int?, items: [[Block]]) -> [Line] {
        let markers = items.enumerated().map { index, item in
            if case let .task(checked, content) = item.first { return box(checked: checked, content: content) }
            return start.map { "\($0 + index)." } ?? glyphs.bullet
        }
        let markerWidth = (markers.map { DisplayWidth.of($0) }.max() ?? 1) + 1
        guard width > markerWidth else { return items.flatMap { lines(for: $0, compact: true) } }
        let inner = narrowed(to: width - markerWidth)
        // The indent under a marker is plain: muted blanks look the same but cost the terminal a
        // colour change and back on every continued line.
        let indent = Span(String(repeating: " ", count: markerWidth))
        var result: [Line] = []
        var first = Span("")
        var firstMarker: String?
        for (marker, item) in zip(markers, items) {
            var markerStyle = Style(.muted)
            var markerKey: Int?
            let itemLines: [Line]
            if case let .task(_, content) = item.first {
                markerStyle = Self.boxStyle
                markerKey = boxKey
                let rest = Array(item.dropFirst())
                let gap: [Line] = if case .heading = rest.first { [.blank] } else { [] }
                itemLines = inner.taskLines(content) + gap + inner.lines(for: rest, compact: true)
            } else {
                itemLines = inner.lines(for: item, compact: true)
            }
            // Bullets repeat, so their padded span is built once per list rather than per item.
            if marker != firstMarker || first.style != markerStyle || first.target != markerKey {
                first = Span(marker + String(repeating: " ", count: markerWidth - DisplayWidth.of(marker)), markerStyle, target: markerKey)
                firstMarker = marker
            }
            for (index, line) in itemLines.enumerated() {
                var line = line
                line.spans.insert(index == 0 ? first : indent, at: 0)
                result.append(line)
            }
        }
        return result
    }
}

import Catalog

/// Draws a table in columns that fit the width, wrapping cells when they must; when even that
/// would leave columns too thin to read, each row is stacked as `Header: value` lines instead.
struct TableLayout {
    let width: Int
    let glyphs: Glyphs

    private static let minimumColumn = 6

    func lines(for table: Table) -> [Line] {
        let columns = table.alignments.count
        guard columns > 0 else { return [] }
        let gap = 3
        let natural = (0..<columns).map { column in
            ([table.header] + table.rows).map { row in
                column < row.count ? DisplayWidth.of(glyphs.text(row[column].map(\.text).joined())) : 0
            }.max() ?? 0
        }.map { max(1, $0) }
        let available = width - gap * (columns - 1)
        guard available >= columns * Self.minimumColumn || natural.reduce(0, +) <= available else {
            return stacked(table)
        }
        let widths = fit(natural, into: available)
        var result: [Line] = []
        if !table.header.isEmpty {
            result += rowLines(table.header, widths: widths, alignments: table.alignments, base: Style(.heading, bold: true))
            let rule = widths.map { String(repeating: glyphs.rule, count: $0) }
                .joined(separator: glyphs.rule + glyphs.ruleCross + glyphs.rule)
            result.append(Line([Span(rule, Style(.muted))]))
        }
        for row in table.rows {
            result += rowLines(row, widths: widths, alignments: table.alignments, base: .text)
        }
        return result
    }

    /// Column widths no wider than their content, summing to at most `available`: narrow columns
    /// keep their natural width and the rest share what is left.
    private func fit(_ natural: [Int], into available: Int) -> [Int] {
        guard natural.reduce(0, +) > available else { return natural }
        var widths = natural
        var flexible = Set(natural.indices)
        var room = available
        while true {
            let share = room / max(1, flexible.count)
            let narrow = flexible.filter { natural[$0] <= share }
            if narrow.isEmpty {
                var extra = room - share * flexible.count
                for column in flexible.sorted() {
                    widths[column] = share + (extra > 0 ? 1 : 0)
                    extra -= 1
                }
                return widths
            }
            for column in narrow {
                widths[column] = natural[column]
                room -= natural[column]
                flexible.remove(column)
            }
        }
    }

    private func rowLines(_ cells: [[Inline]], widths: [Int], alignments: [Table.Alignment], base: Style) -> [Line] {
        let wrapped = widths.indices.map { column in
            glyphs.wrap(column < cells.count ? cells[column] : [], width: widths[column], base: base)
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { row in
            var spans: [Span] = []
            for column in widths.indices {
                if column > 0 { spans.append(Span(" " + glyphs.columnBar + " ", Style(.muted))) }
                let cell = row < wrapped[column].count ? wrapped[column][row] : []
                let used = cell.reduce(0) { $0 + $1.width }
                let slack = max(0, widths[column] - used)
                let (before, after): (Int, Int)
                switch alignments[column] {
                case .left: (before, after) = (0, slack)
                case .right: (before, after) = (slack, 0)
                case .center: (before, after) = (slack / 2, slack - slack / 2)
                }
                if before > 0 { spans.append(Span(String(repeating: " ", count: before))) }
                spans += cell
                if after > 0 && column < widths.count - 1 { spans.append(Span(String(repeating: " ", count: after))) }
            }
            return Line(spans)
        }
    }

    private func stacked(_ table: Table) -> [Line] {
        var result: [Line] = []
        for (index, row) in table.rows.enumerated() {
            if index > 0 { result.append(.blank) }
            for column in row.indices {
                let label = column < table.header.count ? table.header[column].map(\.text).joined() : ""
                let inlines = (label.isEmpty ? [] : [Inline(label + ": ", emphasis: .strong)]) + row[column]
                result += glyphs.wrap(inlines, width: width, base: .text).map { Line($0) }
            }
        }
        return result
    }
}

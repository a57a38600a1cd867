extension PageBody {
    /// What "What next?" says about the toolkit menu, as the website's block does.
    static let menuDescription = "Back to the main menu"

    /// What "What next?" says before the next page of the page's own section.
    static let nextLabel = "Next in this section: "

    /// A page "What next?" may name: its id, title and one-line summary.
    typealias FooterPage = (id: PageID, title: String, summary: String)

    /// Appends the blocks a page ends with: "Linked from" (the pages whose text links here), then,
    /// as on the website, "What next?": the next page of the page's own section (`next`), the
    /// other main sections, each with its one-line summary, and the toolkit menu; then the page's
    /// sources. A menu passes no sources, backlinks or next page and gets "What next?" alone.
    ///
    /// On a page whose body is shorter than its footer (`Block.estimatedLines`), "What next?"
    /// drops the summaries (one line per entry), and if the body is shorter still, names its
    /// entries on one line (after the next page's own line), so that a reader of a short page sees the page rather than the way
    /// out of it. A menu's footer never shrinks: its items, not its blocks, are what it shows.
    /// The links are the same in every form.
    mutating func appendFooter(sources: [String], sections: [FooterPage], linkedFrom: [(id: PageID, title: String)], next: FooterPage? = nil,
                               isMenu: Bool = false) {
        footerStart = blocks.count
        var footer: [Block] = []
        if !linkedFrom.isEmpty {
            var backlinks: [[Block]] = []
            for page in linkedFrom {
                links.append(Link(target: .page(page.id, anchor: nil), line: 0))
                backlinks.append([.paragraph([Inline(page.title, link: links.count - 1)])])
            }
            footer.append(.heading(level: 2, content: [Inline("Linked from")], anchor: "linked-from"))
            footer.append(.list(start: nil, items: backlinks))
        }
        let whatNextAt = footer.count
        var entries: [(label: String, title: String, summary: String, link: Int)] = []
        if let next { entries.append((Self.nextLabel, next.title, next.summary, links.count)); links.append(Link(target: .page(next.id, anchor: nil), line: 0)) }
        for section in sections + [(id: PageID.root, title: "Toolkit menu", summary: Self.menuDescription)] {
            entries.append(("", section.title, section.summary, links.count))
            links.append(Link(target: .page(section.id, anchor: nil), line: 0))
        }
        func label(_ entry: (label: String, title: String, summary: String, link: Int)) -> [Inline] {
            (entry.label.isEmpty ? [] : [Inline(entry.label)]) + [Inline(entry.title, link: entry.link)]
        }
        footer.append(.heading(level: 2, content: [Inline("What next?")], anchor: "what-next"))
        footer.append(.list(start: nil, items: entries.map { entry in
            [.paragraph(label(entry) + (entry.summary.isEmpty ? [] : [Inline("\n"), Inline(entry.summary)]))]
        }))

        if !sources.isEmpty {
            var sourceItems: [[Block]] = []
            for url in sources {
                links.append(Link(target: .external(url), line: 0))
                sourceItems.append([.paragraph([Inline(url, link: links.count - 1)])])
            }
            footer.append(.heading(level: 2, content: [Inline("Sources")], anchor: "sources"))
            footer.append(.list(start: nil, items: sourceItems))
        }

        let bodyLines = Block.estimatedLines(of: blocks)
        if !isMenu, bodyLines < Block.estimatedLines(of: footer) {
            footer[whatNextAt + 1] = .list(start: nil, items: entries.map { [.paragraph(label($0))] })
            if bodyLines < Block.estimatedLines(of: footer) {
                // The next page keeps a line of its own: it is where most readers go.
                let nextCount = next == nil ? 0 : 1
                let names = entries.dropFirst(nextCount).enumerated().flatMap { index, entry in (index == 0 ? [] : [Inline(" \u{B7} ")]) + label(entry) }
                footer.replaceSubrange((whatNextAt + 1)...(whatNextAt + 1), with: entries.prefix(nextCount).map { .paragraph(label($0)) } + [.paragraph(names)])
            }
        }
        blocks += footer
    }
}

extension PageBody {
    /// How many links `appendFooter` adds for this many sources, other sections and pages
    /// linking here, and a next page in the section or not: what counting a page's links needs
    /// without building its footer.
    static func footerLinkCount(sources: Int, sections: Int, linkedFrom: Int, next: Bool = false) -> Int {
        linkedFrom + (next ? 1 : 0) + sections + 1 + sources
    }
}

extension Block {
    /// The columns an 80-column screen gives a page's text, for `estimatedLines`.
    static let estimateWidth = 76

    /// About how many lines `blocks` take on an 80-column screen, blank lines between blocks
    /// included: the measure by which a body is shorter than its footer, worked out once for
    /// every width and output, so that the footer's form does not change as a window is resized.
    static func estimatedLines(of blocks: [Block], width: Int = estimateWidth) -> Int {
        func lines(_ inlines: [Inline], _ width: Int) -> Int {
            inlines.map(\.text).joined().split(separator: "\n", omittingEmptySubsequences: false)
                .reduce(0) { $0 + max(1, ($1.count + width - 1) / width) }
        }
        let blanks = max(0, blocks.count - 1)
        return blanks + blocks.reduce(0) { total, block in
            switch block {
            case let .heading(level, content, _): return total + lines(content, width) + (level <= 2 ? 1 : 0)
            case let .paragraph(content), let .task(_, content): return total + lines(content, width)
            case let .list(_, items): return total + items.reduce(0) { $0 + estimatedLines(of: $1, width: max(1, width - 4)) - max(0, $1.count - 1) }
            case let .quote(inner): return total + estimatedLines(of: inner, width: max(1, width - 2))
            case let .code(text): return total + text.split(separator: "\n", omittingEmptySubsequences: false).count
            case let .table(table): return total + table.rows.count + 2
            case .rule: return total + 1
            }
        }
    }
}

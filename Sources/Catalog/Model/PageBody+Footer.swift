extension PageBody {
    /// What "What next?" says about the toolkit menu, as the website's block does.
    static let menuDescription = "Back to the main menu"

    /// Appends the blocks a page ends with: "Linked from" (the pages whose text links here), then,
    /// as on the website, "What next?": the other main sections, each with its one-line summary,
    /// and the toolkit menu; then the page's sources. A menu passes no sources or backlinks and
    /// gets "What next?" alone.
    mutating func appendFooter(sources: [String], sections: [(id: PageID, title: String, summary: String)], linkedFrom: [(id: PageID, title: String)]) {
        footerStart = blocks.count
        if !linkedFrom.isEmpty {
            var backlinks: [[Block]] = []
            for page in linkedFrom {
                links.append(Link(target: .page(page.id, anchor: nil), line: 0))
                backlinks.append([.paragraph([Inline(page.title, link: links.count - 1)])])
            }
            blocks.append(.heading(level: 2, content: [Inline("Linked from")], anchor: "linked-from"))
            blocks.append(.list(start: nil, items: backlinks))
        }
        var items: [[Block]] = []
        for section in sections + [(id: PageID.root, title: "Toolkit menu", summary: Self.menuDescription)] {
            links.append(Link(target: .page(section.id, anchor: nil), line: 0))
            var line = [Inline(section.title, link: links.count - 1)]
            if !section.summary.isEmpty { line += [Inline("\n"), Inline(section.summary)] }
            items.append([.paragraph(line)])
        }
        blocks.append(.heading(level: 2, content: [Inline("What next?")], anchor: "what-next"))
        blocks.append(.list(start: nil, items: items))

        guard !sources.isEmpty else { return }
        var sourceItems: [[Block]] = []
        for url in sources {
            links.append(Link(target: .external(url), line: 0))
            sourceItems.append([.paragraph([Inline(url, link: links.count - 1)])])
        }
        blocks.append(.heading(level: 2, content: [Inline("Sources")], anchor: "sources"))
        blocks.append(.list(start: nil, items: sourceItems))
    }
}

extension PageBody {
    /// How many links `appendFooter` adds for this many sources, other sections and pages
    /// linking here: what counting a page's links needs without building its footer.
    static func footerLinkCount(sources: Int, sections: Int, linkedFrom: Int) -> Int {
        linkedFrom + sections + 1 + sources
    }
}

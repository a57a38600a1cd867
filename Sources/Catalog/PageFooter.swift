extension Page {
    /// Appends the blocks every leaf page ends with, as on the website: "What next?" links to the
    /// main sections and the menu, then the page's sources.
    mutating func appendFooter(sections: [(id: PageID, title: String)]) {
        footerStart = blocks.count
        var items: [[Block]] = []
        for section in sections + [(id: PageID.root, title: "Toolkit menu")] {
            links.append(Link(target: .page(section.id, anchor: nil), line: 0))
            items.append([.paragraph([Inline(section.title, link: links.count - 1)])])
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

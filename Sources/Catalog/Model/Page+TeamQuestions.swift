extension Page {
    /// The heading of the section that holds a page's discussion questions, which readers see
    /// with the page and the presenter's notes screen shows beside it.
    public static let teamQuestionsHeading = "Questions for your team"

    /// The items of the lists in the page's "Questions for your team" section (up to the next
    /// heading as high as it), each as one line of text; empty when the page has no such section.
    public var teamQuestions: [String] {
        let body = blocks[..<footerStart]
        guard let start = body.firstIndex(where: { block in
            guard case let .heading(_, content, _) = block else { return false }
            return TaskItem.key(for: content.map(\.text).joined()) == TaskItem.key(for: Self.teamQuestionsHeading)
        }), case let .heading(level, _, _) = body[start] else { return [] }
        let section = body[(start + 1)...].prefix { block in
            if case let .heading(inner, _, _) = block { return inner > level }
            return true
        }
        return section.flatMap { Self.listItemTexts(in: $0) }
    }

    /// The first line of text of each item of `block`'s lists, nested ones included, in order.
    private static func listItemTexts(in block: Block) -> [String] {
        switch block {
        case let .list(_, items):
            return items.flatMap { item -> [String] in
                var texts: [String] = []
                if case let .paragraph(content) = item.first { texts.append(plain(content)) }
                if case let .task(_, content) = item.first { texts.append(plain(content)) }
                return texts + item.dropFirst().flatMap { listItemTexts(in: $0) }
            }
        case let .quote(inner): return inner.flatMap { listItemTexts(in: $0) }
        case .heading, .paragraph, .task, .code, .table, .rule: return []
        }
    }

    private static func plain(_ content: [Inline]) -> String {
        content.map { $0.text == "\n" ? " " : $0.text }.joined()
    }
}

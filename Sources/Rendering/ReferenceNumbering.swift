import Catalog

/// Numbers a page's links in reading order and marks each link's text with `[n]`, for plain
/// output where links cannot be selected.
struct ReferenceNumbering {
    /// The blocks with `[n]` after every link.
    private(set) var blocks: [Block] = []
    /// Where reference `offset` + n (n 1-based, at index n-1) leads.
    private(set) var targets: [LinkTarget] = []

    private var numbers: [Int: Int] = [:]
    private let page: Page
    /// How many numbers come before the first reference (a menu's entries).
    private let offset: Int

    init(page: Page, blocks: [Block], after offset: Int = 0) {
        self.page = page
        self.offset = offset
        self.blocks = blocks.map { mark($0) }
    }

    private mutating func mark(_ block: Block) -> Block {
        switch block {
        case let .heading(level, content, anchor): return .heading(level: level, content: mark(content), anchor: anchor)
        case let .paragraph(content): return .paragraph(mark(content))
        case let .task(checked, content): return .task(checked: checked, content: mark(content))
        case let .list(start, items): return .list(start: start, items: items.map { $0.map { mark($0) } })
        case let .quote(inner): return .quote(inner.map { mark($0) })
        case let .table(table):
            return .table(Table(header: table.header.map { mark($0) }, rows: table.rows.map { $0.map { mark($0) } }, alignments: table.alignments))
        case .code, .rule: return block
        }
    }

    /// A web link whose text is its address needs no reference: the address is already there.
    private func showsItsOwnAddress(_ link: Int, in inlines: [Inline]) -> Bool {
        guard case let .external(url) = page.links[link].target else { return false }
        return inlines.filter { $0.link == link }.map(\.text).joined() == url
    }

    private mutating func mark(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for (index, inline) in inlines.enumerated() {
            result.append(inline)
            guard let link = inline.link else { continue }
            let next = index + 1 < inlines.count ? inlines[index + 1].link : nil
            guard next != link, !showsItsOwnAddress(link, in: inlines) else { continue }
            let number: Int
            if let known = numbers[link] {
                number = known
            } else {
                targets.append(page.links[link].target)
                number = offset + targets.count
                numbers[link] = number
            }
            result.append(Inline("[\(number)]"))
        }
        return result
    }
}

import CCmark
import Glibc

/// Parses Markdown with GitHub's cmark-gfm (tables, strikethrough and task lists on) into `Block`s.
enum MarkdownParser {
    /// Parses `markdown`, whose first line is line `firstLine` of its file.
    static func parse(_ markdown: String, firstLine: Int) -> ParsedMarkdown {
        CmarkDocument.withDocument(markdown) { document in
            guard let document else { return ParsedMarkdown(blocks: [], links: [], notes: []) }
            var walker = Walker(lineOffset: firstLine - 1)
            let blocks = walker.blocks(under: document)
            return ParsedMarkdown(blocks: blocks, links: walker.links, notes: walker.notes)
        }
    }

    private struct Walker {
        let lineOffset: Int
        var links: [(destination: String, line: Int)] = []
        var notes: [String] = []
        /// How often each heading slug has been used so far, to make anchors unique in the page.
        var usedAnchors: [String: Int] = [:]

        init(lineOffset: Int) {
            self.lineOffset = lineOffset
        }

        mutating func blocks(under parent: OpaquePointer) -> [Block] {
            var result: [Block] = []
            result.reserveCapacity(children(of: parent).underestimatedCount)
            for child in children(of: parent) {
                if let block = block(child) { result.append(block) }
            }
            return result
        }

        private mutating func block(_ node: OpaquePointer) -> Block? {
            let line = Int(cmark_node_get_start_line(node)) + lineOffset
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH:
                return .paragraph(inlines(under: node, line: line))
            case CMARK_NODE_HEADING:
                let content = inlines(under: node, line: line)
                return .heading(level: Int(cmark_node_get_heading_level(node)), content: content, anchor: anchor(for: content))
            case CMARK_NODE_LIST:
                let start = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? Int(cmark_node_get_list_start(node)) : nil
                return .list(start: start, items: children(of: node).map { listItem($0) })
            case CMARK_NODE_BLOCK_QUOTE:
                return .quote(blocks(under: node))
            case CMARK_NODE_CODE_BLOCK:
                var code = literal(node).replacingTabs
                if code.hasSuffix("\n") { code.removeLast() }
                return .code(VisibleText.make(code))
            case CMARK_NODE_THEMATIC_BREAK:
                return .rule
            case CMARK_NODE_HTML_BLOCK:
                let html = literal(node)
                if let paragraphs = PresenterNotes.paragraphs(in: html) { notes += paragraphs }
                return html.hasPrefix("<!--") ? nil : .paragraph([Inline(VisibleText.make(html.trimmingSpaces))])
            default:
                if typeName(node) == "table" { return .table(table(node, line: line)) }
                let inner = inlines(under: node, line: line)
                return inner.isEmpty ? nil : .paragraph(inner)
            }
        }

        /// A list item's blocks; a task-list item's first paragraph becomes its `.task` block
        /// (cmark has already taken the `[ ]` off its text).
        private mutating func listItem(_ item: OpaquePointer) -> [Block] {
            var inner = blocks(under: item)
            guard typeName(item) == "tasklist" else { return inner }
            let checked = cmark_gfm_extensions_get_tasklist_item_checked(item)
            if case let .paragraph(content) = inner.first {
                inner[0] = .task(checked: checked, content: content)
            } else {
                inner.insert(.task(checked: checked, content: []), at: 0)
            }
            return inner
        }

        /// A GitHub-style anchor for a heading, unique within the page. Headings are met in
        /// document order, so numbering them here gives the same anchors as a second pass.
        private mutating func anchor(for content: [Inline]) -> String {
            let base = Anchor.slug(content.map(\.text).joined())
            let count = usedAnchors[base, default: 0]
            usedAnchors[base] = count + 1
            return count == 0 ? base : "\(base)-\(count)"
        }

        private mutating func table(_ node: OpaquePointer, line: Int) -> Table {
            let columns = Int(cmark_gfm_extensions_get_table_columns(node))
            var alignments: [Table.Alignment] = Array(repeating: .left, count: columns)
            if let raw = cmark_gfm_extensions_get_table_alignments(node) {
                for column in 0..<columns {
                    switch raw[column] {
                    case UInt8(ascii: "c"): alignments[column] = .center
                    case UInt8(ascii: "r"): alignments[column] = .right
                    default: break
                    }
                }
            }
            var header: [[Inline]] = []
            var rows: [[[Inline]]] = []
            for row in children(of: node) {
                var cells = children(of: row).map { inlines(under: $0, line: line) }
                while cells.count < columns { cells.append([]) }
                if typeName(row) == "table_header" { header = cells } else { rows.append(cells) }
            }
            return Table(header: header, rows: rows, alignments: alignments)
        }

        private mutating func inlines(under node: OpaquePointer, line: Int) -> [Inline] {
            var result: [Inline] = []
            result.reserveCapacity(children(of: node).underestimatedCount)
            appendInlines(under: node, line: line, emphasis: [], link: nil, to: &result)
            return result
        }

        /// Appends the runs under `node` to one array, rather than making an array for each
        /// level of emphasis and joining them.
        private mutating func appendInlines(under node: OpaquePointer, line: Int, emphasis: Emphasis, link: Int?, to result: inout [Inline]) {
            for child in children(of: node) {
                switch cmark_node_get_type(child) {
                case CMARK_NODE_TEXT:
                    result.append(Inline(visibleLiteral(child), emphasis: emphasis, link: link))
                case CMARK_NODE_CODE:
                    result.append(Inline(visibleLiteral(child), emphasis: emphasis.union(.code), link: link))
                case CMARK_NODE_SOFTBREAK:
                    result.append(Inline(" ", emphasis: emphasis, link: link))
                case CMARK_NODE_LINEBREAK:
                    result.append(Inline("\n", emphasis: emphasis, link: link))
                case CMARK_NODE_EMPH:
                    appendInlines(under: child, line: line, emphasis: emphasis.union(.italic), link: link, to: &result)
                case CMARK_NODE_STRONG:
                    appendInlines(under: child, line: line, emphasis: emphasis.union(.strong), link: link, to: &result)
                case CMARK_NODE_LINK:
                    let destination = cmark_node_get_url(child).map { String(cString: $0) } ?? ""
                    links.append((destination: destination, line: line))
                    let start = result.count
                    appendInlines(under: child, line: line, emphasis: emphasis, link: links.count - 1, to: &result)
                    if result[start...].allSatisfy({ $0.text.trimmingSpaces.isEmpty }) {
                        result.replaceSubrange(start..., with: CollectionOfOne(Inline(VisibleText.make(destination), emphasis: emphasis, link: links.count - 1)))
                    }
                case CMARK_NODE_IMAGE:
                    var alt: [Inline] = []
                    appendInlines(under: child, line: line, emphasis: emphasis, link: link, to: &alt)
                    result.append(Inline("[image: \(alt.map(\.text).joined())]", emphasis: emphasis.union(.italic), link: link))
                case CMARK_NODE_HTML_INLINE:
                    let html = literal(child)
                    if !html.hasPrefix("<!--") { result.append(Inline(VisibleText.make(html), emphasis: emphasis, link: link)) }
                default:
                    let extra: Emphasis = typeName(child) == "strikethrough" ? .strike : []
                    appendInlines(under: child, line: line, emphasis: emphasis.union(extra), link: link, to: &result)
                }
            }
        }

        private func children(of node: OpaquePointer) -> ChildNodes {
            ChildNodes(parent: node)
        }

        private func typeName(_ node: OpaquePointer) -> String {
            cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
        }

        private func literal(_ node: OpaquePointer) -> String {
            cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        }

        /// `VisibleText.make(literal(node))`, made from cmark's bytes without a second look at
        /// the string when they hold nothing to escape.
        private func visibleLiteral(_ node: OpaquePointer) -> String {
            guard let literal = cmark_node_get_literal(node) else { return "" }
            return UnsafeRawPointer(literal).withMemoryRebound(to: UInt8.self, capacity: 1) { start in
                VisibleText.make(utf8: UnsafeBufferPointer(start: start, count: strlen(literal)))
            }
        }
    }
}

/// A node's children in order, walked without first collecting them into an array.
private struct ChildNodes: Sequence, IteratorProtocol {
    private var upcoming: OpaquePointer?

    init(parent: OpaquePointer) {
        upcoming = cmark_node_first_child(parent)
    }

    /// The number of children, counted along the list, so that arrays of them are made at
    /// their size instead of growing (`map` reserves this much).
    var underestimatedCount: Int {
        var count = 0
        var node = upcoming
        while let current = node {
            count += 1
            node = cmark_node_next(current)
        }
        return count
    }

    mutating func next() -> OpaquePointer? {
        guard let current = upcoming else { return nil }
        upcoming = cmark_node_next(current)
        return current
    }
}

extension String {
    /// The string with each tab replaced by four spaces, so code keeps its shape on screen.
    var replacingTabs: String {
        contains("\t") ? split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "    ") : self
    }
}

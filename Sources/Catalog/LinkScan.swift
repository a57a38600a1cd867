import CCmark

/// The link destinations of a Markdown body in document order, found by cmark-gfm without
/// building blocks: what "Linked from" needs of every page, for much less than a full parse.
enum LinkScan {
    /// Every link destination in `markdown`, as written.
    static func destinations(in markdown: String) -> [String] {
        cmark_gfm_core_extensions_ensure_registered()
        var markdown = markdown
        markdown.makeContiguousUTF8()
        return CmarkArena.withArena(sourceBytes: markdown.utf8.count) {
            let parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, CmarkArena.allocator)
            defer { cmark_parser_free(parser) }
            // The same extensions as `MarkdownParser`: a table's cells hold links too.
            for name in ["table", "strikethrough"] {
                if let extensionPointer = cmark_find_syntax_extension(name) {
                    cmark_parser_attach_syntax_extension(parser, extensionPointer)
                }
            }
            markdown.utf8.withContiguousStorageIfAvailable { buffer in
                buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parser_feed(parser, $0, buffer.count)
                }
            }
            guard let document = cmark_parser_finish(parser), let iterator = cmark_iter_new(document) else { return [] }
            defer { cmark_iter_free(iterator) }
            var found: [String] = []
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                      cmark_node_get_type(node) == CMARK_NODE_LINK else { continue }
                found.append(cmark_node_get_url(node).map { String(cString: $0) } ?? "")
            }
            return found
        }
    }
}

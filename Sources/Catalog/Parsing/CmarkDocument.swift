import CCmark

/// A Markdown body parsed by cmark-gfm, with GitHub's tables, strikethrough and task lists, in an arena:
/// the document tree is lent to a function and goes with the arena when it returns.
enum CmarkDocument {
    /// Parses `markdown` and gives its document node to `body` (nil if cmark made none).
    static func withDocument<Result>(_ markdown: String, _ body: (OpaquePointer?) -> Result) -> Result {
        cmark_gfm_core_extensions_ensure_registered()
        var markdown = markdown
        markdown.makeContiguousUTF8()
        return CmarkArena.withArena(sourceBytes: markdown.utf8.count) {
            let parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, CmarkArena.allocator)
            defer { cmark_parser_free(parser) }
            for name in ["table", "strikethrough", "tasklist"] {
                if let extensionPointer = cmark_find_syntax_extension(name) {
                    cmark_parser_attach_syntax_extension(parser, extensionPointer)
                }
            }
            // cmark copies what it is fed, so the body's own bytes are fed rather than a copy of them.
            markdown.utf8.withContiguousStorageIfAvailable { buffer in
                buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parser_feed(parser, $0, buffer.count)
                }
            }
            // The tree lives in the arena, which goes as a whole: freeing it node by node
            // (`cmark_node_free`) would only walk it again.
            return body(cmark_parser_finish(parser))
        }
    }
}

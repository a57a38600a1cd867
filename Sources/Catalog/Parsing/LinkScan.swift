import CCmark

/// The link destinations of a Markdown body in document order, found by cmark-gfm without
/// building blocks: what "Linked from" needs of every page, for much less than a full parse.
enum LinkScan {
    /// Every link destination in `markdown`, as written.
    static func destinations(in markdown: String) -> [String] {
        CmarkDocument.withDocument(markdown) { document in
            guard let document, let iterator = cmark_iter_new(document) else { return [] }
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

import CCmark
import Catalog
import Glibc

/// A page's body as HTML for the handout, by cmark-gfm's own renderer, after its document tree
/// has been made safe: raw HTML from the content becomes visible text (comments, and so notes,
/// are dropped, as on screen), links lead only to web or mail addresses or to sections of the
/// handout, images become text, and headings sit below the page's title with the ids that the
/// content's `#anchor` links use.
enum HTMLBody {
    /// The HTML of `page`'s body; links to pages in `sections` lead to their sections, links to
    /// other pages become plain text.
    static func html(of page: Page, sections: Set<PageID>) -> String {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "tasklist"] {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        let bytes = Array(page.markdown.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        var rewriter = TreeRewriter(page: page, sections: sections)
        rewriter.rewrite(document)
        // Without CMARK_OPT_UNSAFE the renderer also leaves out any raw HTML and dangerous URL
        // that got past the rewrite.
        guard let rendered = cmark_render_html(document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(rendered) }
        return addingHeadingIDs(to: String(cString: rendered), anchors: Block.headingAnchors(in: Array(page.blocks[..<page.footerStart])), page: page.id)
    }

    /// Gives each `<hN>` an id. Content text is escaped and raw HTML is gone, so `<h` and a
    /// digit can only be a heading the renderer wrote.
    private static func addingHeadingIDs(to html: String, anchors: [String], page: PageID) -> String {
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + anchors.count * 32)
        var remaining = anchors.makeIterator()
        var index = 0
        while index < bytes.count {
            output.append(bytes[index])
            if bytes[index] == UInt8(ascii: "<"), index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "h"),
               (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[index + 2]), bytes[index + 3] == UInt8(ascii: ">"),
               let anchor = remaining.next() {
                output += [bytes[index + 1], bytes[index + 2]] + Array(" id=\"\(HTMLText.fragment(for: page, anchor: anchor))\">".utf8)
                index += 4
                continue
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// Rewrites a parsed body's tree in place for the handout.
private struct TreeRewriter {
    let page: Page
    let sections: Set<PageID>

    /// Every node, in document order, with its link's number for links: the catalog numbered
    /// the page's links in the same order.
    private var nodes: [(node: OpaquePointer, link: Int?)] = []

    init(page: Page, sections: Set<PageID>) {
        self.page = page
        self.sections = sections
    }

    mutating func rewrite(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        var links = 0
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), node != document else { continue }
            let isLink = cmark_node_get_type(node) == CMARK_NODE_LINK
            nodes.append((node, isLink ? links : nil))
            if isLink { links += 1 }
        }
        cmark_iter_free(iterator)
        // Last first, so that a node is rewritten before anything that holds it is replaced.
        for (node, link) in nodes.reversed() {
            rewrite(node, link: link)
        }
    }

    private func rewrite(_ node: OpaquePointer, link: Int?) {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
            cmark_node_set_literal(node, VisibleText.make(literal(of: node)))
            if cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK { cmark_node_set_fence_info(node, "") }
        case CMARK_NODE_HTML_BLOCK:
            let html = literal(of: node)
            if html.hasPrefix("<!--") {
                cmark_node_free(node)
            } else {
                let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)
                cmark_node_append_child(paragraph, text(html.trimmingNewlines))
                replace(node, with: paragraph)
            }
        case CMARK_NODE_HTML_INLINE:
            let html = literal(of: node)
            if html.hasPrefix("<!--") { cmark_node_free(node) } else { replace(node, with: text(html)) }
        case CMARK_NODE_LINK:
            cmark_node_set_title(node, "")
            if let url = link.flatMap(destination) {
                cmark_node_set_url(node, url)
            } else {
                unwrap(node)
            }
        case CMARK_NODE_IMAGE:
            replace(node, with: imageStandIn(for: node))
        case CMARK_NODE_HEADING:
            cmark_node_set_heading_level(node, max(3, min(6, cmark_node_get_heading_level(node) + 1)))
        default:
            break
        }
    }

    /// Where link number `link` leads in the handout: a web or mail address, or a section of
    /// the handout; nil for anything else.
    private func destination(_ link: Int) -> String? {
        guard page.links.indices.contains(link) else { return nil }
        switch page.links[link].target {
        case let .external(url):
            return HTMLText.isSafeLink(url) ? url : nil
        case let .page(id, anchor):
            guard sections.contains(id) else { return nil }
            return "#" + (anchor.map { HTMLText.fragment(for: id, anchor: $0) } ?? HTMLText.fragment(for: id))
        }
    }

    /// An image is never loaded: it becomes `[image: ALT]` in italics, as on screen, which
    /// links to the image's address when that is a web address and no link holds it already.
    private func imageStandIn(for image: OpaquePointer) -> OpaquePointer? {
        let emphasis = cmark_node_new(CMARK_NODE_EMPH)
        cmark_node_append_child(emphasis, text("[image: \(plainText(of: image))]"))
        let url = cmark_node_get_url(image).map { String(cString: $0) } ?? ""
        guard HTMLText.isSafeLink(url), !url.lowercased().hasPrefix("mailto:"), !isInsideLink(image) else { return emphasis }
        let link = cmark_node_new(CMARK_NODE_LINK)
        cmark_node_set_url(link, VisibleText.make(url))
        cmark_node_append_child(link, emphasis)
        return link
    }

    private func isInsideLink(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let current = parent {
            if cmark_node_get_type(current) == CMARK_NODE_LINK { return true }
            parent = cmark_node_parent(current)
        }
        return false
    }

    /// The text under a node, without its markup.
    private func plainText(of node: OpaquePointer) -> String {
        var result = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: result += literal(of: current)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: result += " "
            default: result += plainText(of: current)
            }
            child = cmark_node_next(current)
        }
        return result
    }

    /// Puts a link's contents in its place.
    private func unwrap(_ link: OpaquePointer) {
        while let child = cmark_node_first_child(link) {
            cmark_node_insert_before(link, child)
        }
        cmark_node_free(link)
    }

    private func replace(_ node: OpaquePointer, with replacement: OpaquePointer?) {
        guard let replacement else {
            cmark_node_free(node)
            return
        }
        cmark_node_replace(node, replacement)
        cmark_node_free(node)
    }

    private func text(_ literal: String) -> OpaquePointer? {
        let node = cmark_node_new(CMARK_NODE_TEXT)
        cmark_node_set_literal(node, VisibleText.make(literal))
        return node
    }

    private func literal(of node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }
}

private extension String {
    var trimmingNewlines: String {
        var text = self
        while text.last == "\n" || text.last == " " { text.removeLast() }
        return text
    }
}

/// A page body parsed by cmark-gfm into blocks, with its links still as written.
struct ParsedMarkdown {
    /// The blocks; `Inline.link` indexes `links`.
    var blocks: [Block]
    /// Each link's destination as written and the file line of its block.
    var links: [(destination: String, line: Int)]
    /// The facilitator's notes, one string per paragraph.
    var notes: [String]
}

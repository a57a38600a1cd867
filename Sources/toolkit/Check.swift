import Catalog

/// `toolkit check`: validates a content folder and lists every problem, for people editing content.
struct Check {
    var content: ContentOptions

    /// Reads `--content` from what the parser read.
    init(_ parsed: ParsedArguments) {
        content = ContentOptions(parsed)
    }

    func run() throws {
        let check = try content.checkOrExit()
        StandardOutput.write("\(content.origin): \(check.pages) pages, \(check.links) links, no problems\n")
    }
}

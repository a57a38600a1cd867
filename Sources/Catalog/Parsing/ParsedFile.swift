/// One content file read and parsed, with its links still as written.
struct ParsedFile: Sendable {
    /// A link as written, and the file line of its block.
    struct RawLink: Sendable {
        var destination: String
        var line: Int
    }

    var header: MenuEntry
    var blocks: [Block]
    var links: [RawLink]
    var markdown: String
    var notes: [String]
    /// Why the file could not be read or its front matter not understood (then `blocks` say so).
    var problems: [ContentProblem]

    /// Reads and parses the file at `path`.
    init(path: String, from source: ContentSource) {
        let text: String
        switch source.text(of: path) {
        case let .success(read): text = read
        case let .failure(problem):
            self.init(unreadable: path, problems: [problem])
            return
        }
        switch FrontMatter.split(SourceFile(path: path, text: text)) {
        case let .failure(found):
            self.init(unreadable: path, problems: found.problems)
        case let .success((frontMatter, body, bodyLine)):
            let parsed = MarkdownParser.parse(body, firstLine: bodyLine)
            self.init(header: MenuEntry(frontMatter), blocks: parsed.blocks,
                      links: parsed.links.map { RawLink(destination: $0.destination, line: $0.line) },
                      markdown: parsed.notes.isEmpty ? body : PresenterNotes.removed(from: body),
                      notes: parsed.notes, problems: [])
        }
    }

    private init(unreadable path: String, problems: [ContentProblem]) {
        self.init(header: MenuEntry(unreadable: path),
                  blocks: [.paragraph([Inline("This page cannot be shown:")]),
                           .list(start: nil, items: problems.map { [.paragraph([Inline($0.description)])] })],
                  links: [], markdown: "", notes: [], problems: problems)
    }

    private init(header: MenuEntry, blocks: [Block], links: [RawLink], markdown: String, notes: [String], problems: [ContentProblem]) {
        self.header = header
        self.blocks = blocks
        self.links = links
        self.markdown = markdown
        self.notes = notes
        self.problems = problems
    }

    /// The header and the link destinations, without building the body's blocks (a link's
    /// line is not known this way, and is 0).
    static func links(path: String, from source: ContentSource) -> (MenuEntry, [RawLink]) {
        guard case let .success(text) = source.text(of: path),
              case let .success((frontMatter, body, _)) = FrontMatter.split(SourceFile(path: path, text: text)) else {
            return (MenuEntry(unreadable: path), [])
        }
        return (MenuEntry(frontMatter), LinkScan.destinations(in: body).map { RawLink(destination: $0, line: 0) })
    }

    /// The header alone, without parsing the body.
    static func header(path: String, from source: ContentSource) -> MenuEntry {
        // Front matter sits at the top, so the file's start is read first: reading a 1 MB page
        // whole only for its title was a tenth of opening it. A front matter that does not end
        // within it is read again from the whole file, so its problems are the file's own.
        if let head = source.head(of: path, bytes: 16 * 1024),
           case let .success((frontMatter, _, _)) = FrontMatter.split(SourceFile(path: path, text: head)) {
            return MenuEntry(frontMatter)
        }
        guard case let .success(text) = source.text(of: path),
              case let .success((frontMatter, _, _)) = FrontMatter.split(SourceFile(path: path, text: text)) else {
            return MenuEntry(unreadable: path)
        }
        return MenuEntry(frontMatter)
    }
}

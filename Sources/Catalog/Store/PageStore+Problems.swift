/// A page's problems and the content's, in file order.
extension PageStore {
    /// The page's problems: its file's, then its links'.
    func problems(of id: PageID) -> [ContentProblem] {
        let page = parsedPage(id)
        return page.problems + resolvedLinks(of: id, page.links).problems
    }

    /// Every problem in the content: the outline's, then each file's, then each link's, in file order.
    func problems() -> [ContentProblem] {
        var problems = outline.problems
        for id in outline.ids {
            problems += self.problems(of: id)
        }
        return Self.inFileOrder(problems)
    }

    /// `problems` sorted by file and line, those at one place in the order they were found.
    static func inFileOrder(_ problems: [ContentProblem]) -> [ContentProblem] {
        problems.enumerated().sorted {
            ($0.element.file, $0.element.line ?? 0, $0.offset) < ($1.element.file, $1.element.line ?? 0, $1.offset)
        }.map(\.element)
    }

    /// Reads and parses the page without keeping it, remembering only its headings' anchors, so
    /// that checking every page can read them one at a time and still check links to anchors.
    func readOnce(_ id: PageID) -> ParsedFile {
        let page = ParsedFile(path: outline.files[id]!, from: source)
        let found = Set(Block.headingAnchors(in: page.blocks))
        anchors.withLock { $0[id] = found }
        return page
    }
}

/// The shape of a toolkit from its file names alone: every page id, the file each comes from and
/// the pages under each, with the problems the names show. Building it reads no file, which is
/// what lets a large toolkit show its menu before its pages are read.
struct ContentOutline: Sendable {
    /// The file each page is read from, relative to the content folder.
    let files: [PageID: String]
    /// Every page id, sorted.
    let ids: [PageID]
    /// The pages under each menu page, in file-name order (menu order needs their front matter).
    let children: [PageID: [PageID]]
    /// Duplicate ids, a missing `index.md`, pages in folders without one.
    let problems: [ContentProblem]

    /// The outline of the `.md` files among `paths` (other files are ignored).
    init(paths: [String]) {
        var files: [PageID: String] = [:]
        var problems: [ContentProblem] = []
        let markdown = paths.filter { $0.hasSuffix(".md") }.sorted()
        files.reserveCapacity(markdown.count)
        for path in markdown {
            let id = CatalogLoader.pageID(forFile: path)
            if let existing = files[id] {
                problems.append(ContentProblem(file: path, line: 1, message:
                    "page id '\(id)' is already used by \(VisibleText.make(existing))"))
                continue
            }
            files[id] = path
        }
        if files[.root] == nil {
            problems.append(ContentProblem(file: "index.md", message:
                "missing: the content folder needs an index.md for the toolkit menu"))
        }
        let ids = files.keys.sorted()
        var children: [PageID: [PageID]] = [:]
        for id in ids {
            guard let parent = id.parent else { continue }
            guard files[parent] != nil else {
                let index = parent.isRoot ? "index.md" : parent.path + "/index.md"
                problems.append(ContentProblem(file: files[id]!, line: 1, message:
                    "its folder has no \(index), so the page has no place in the menu"))
                continue
            }
            children[parent, default: []].append(id)
        }
        self.files = files
        self.ids = ids
        self.children = children
        self.problems = problems
    }
}

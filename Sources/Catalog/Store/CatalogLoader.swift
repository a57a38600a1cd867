/// Makes a `Catalog` from content files, either checked whole (every page parsed, every link
/// resolved, every problem reported as `file:line: message`, not just the first) or opened to be
/// read as its pages are needed.
public enum CatalogLoader {
    /// Loads and checks the `.md` files among `files`; other files are ignored.
    public static func load(_ files: [SourceFile]) -> Result<Catalog, ContentProblems> {
        checked(PageStore(source: .memory(texts(files)), outline: ContentOutline(paths: files.map(\.path)),
                          checksEveryPage: true, keepsEveryBody: true))
    }

    /// A catalog of the `.md` files among `files` whose pages are parsed when first needed; only
    /// problems that file names show (a missing `index.md`, a duplicate id) are found now.
    public static func open(_ files: [SourceFile]) -> Result<Catalog, ContentProblems> {
        let small = files.reduce(0) { $0 + $1.text.utf8.count } <= checkedWholeUpTo
        return opened(PageStore(source: .memory(texts(files)), outline: ContentOutline(paths: files.map(\.path)),
                                checksEveryPage: false, keepsEveryBody: small))
    }

    /// The size up to which `toolkit` checks a content folder whole before showing it, so that
    /// its author sees every problem at once: about 12 ms of checking. A larger folder is read
    /// as its pages are needed, and `toolkit check` checks it.
    public static let checkedWholeUpTo = 256 * 1024

    /// The catalog of a content folder. A folder whose Markdown totals at most `bytes`
    /// bytes is read and checked whole, as `load` does; a larger one is opened, its files read
    /// as their pages are needed, so that its menu shows at once (`toolkit check` checks it whole).
    public static func load(folder: String, checkingUpTo bytes: Int) throws(ContentFolder.Failure) -> Result<Catalog, ContentProblems> {
        let listed = try ContentFolder.list(folder)
        let outline = ContentOutline(paths: listed.paths)
        let whole = bytes == .max || ContentFolder.total(of: listed.paths, in: folder, isAtMost: bytes)
        let store = PageStore(source: .folder(folder), outline: outline, checksEveryPage: whole, keepsEveryBody: whole)
        switch whole ? checked(store) : opened(store) {
        case let .success(catalog):
            return listed.problems.isEmpty ? .success(catalog) : .failure(ContentProblems(listed.problems))
        case let .failure(found):
            return .failure(ContentProblems(listed.problems + found.problems))
        }
    }

    /// The page id a content file has: its path without `.md`, and a folder's for `index.md`.
    public static func pageID(forFile path: String) -> PageID {
        var id = path.hasSuffix(".md") ? String(path.dropLast(3)) : path
        if id == "index" { return .root }
        if id.hasSuffix("/index") { id.removeLast(6) }
        return PageID(id)
    }

    private static func texts(_ files: [SourceFile]) -> [String: String] {
        Dictionary(files.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
    }

    private static func checked(_ store: PageStore) -> Result<Catalog, ContentProblems> {
        let problems = store.problems()
        return problems.isEmpty ? .success(Catalog(store: store)) : .failure(ContentProblems(problems))
    }

    private static func opened(_ store: PageStore) -> Result<Catalog, ContentProblems> {
        store.outline.problems.isEmpty ? .success(Catalog(store: store)) : .failure(ContentProblems(store.outline.problems))
    }
}

/// Where a catalog reads its page files from: texts already in memory (the built-in toolkit,
/// tests), or a folder on disk, each file read when its page is first needed.
enum ContentSource: Sendable {
    /// File texts by relative path.
    case memory([String: String])
    /// The content folder's path.
    case folder(String)

    /// The text of the file at `path`, relative to the content folder.
    func text(of path: String) -> Result<String, ContentProblem> {
        switch self {
        case let .memory(texts):
            guard let text = texts[path] else { return .failure(ContentProblem(file: path, message: "no such file")) }
            return .success(text)
        case let .folder(root):
            return ContentFolder.readFile(path, in: root)
        }
    }

    /// At most the first `bytes` bytes of the file at `path` (a character cut at the end is
    /// repaired), or nil if it cannot be read.
    func head(of path: String, bytes: Int) -> String? {
        switch self {
        case let .memory(texts): return texts[path].map { String(decoding: $0.utf8.prefix(bytes), as: UTF8.self) }
        case let .folder(root): return ContentFolder.readHead(path, in: root, limit: bytes)
        }
    }

    /// Whether the file at `path` holds at least `bytes` bytes; false if it cannot be read. A
    /// `stat`, where the folder is on disk, not a read.
    func holds(atLeast bytes: Int, at path: String) -> Bool {
        switch self {
        case let .memory(texts): return texts[path].map { $0.utf8.count >= bytes } ?? false
        case let .folder(root): return !ContentFolder.total(of: [path], in: root, isAtMost: bytes - 1)
        }
    }
}

import Glibc

/// Finds a content folder's `.md` files on disk (hidden entries skipped) and reads them, reporting
/// unreadable files and a missing folder as content problems.
public enum ContentFolder {
    /// Why a folder could not be read at all.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The folder does not exist.
        case notFound(String)
        /// The path exists but is not a folder.
        case notAFolder(String)

        /// A one-line explanation.
        public var description: String {
            switch self {
            case let .notFound(path): return "\(VisibleText.make(path)): no such content folder"
            case let .notAFolder(path): return "\(VisibleText.make(path)): not a folder (--content takes a folder of .md files)"
            }
        }
    }

    /// One `.md` file found by `list`: its path relative to the folder and its size in bytes.
    public struct Entry: Equatable, Sendable {
        /// Relative path, `/`-separated.
        public var path: String
        /// Its size when listed.
        public var size: Int
    }

    /// Every `.md` file under `root`, with paths relative to it, without reading them; entries
    /// that cannot be examined become problems.
    public static func list(_ root: String) throws(Failure) -> (entries: [Entry], problems: [ContentProblem]) {
        var info = stat()
        guard stat(root, &info) == 0 else { throw .notFound(root) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(root) }
        var entries: [Entry] = []
        var problems: [ContentProblem] = []
        walk(root, relative: "", depth: 0, entries: &entries, problems: &problems)
        return (entries, problems)
    }

    /// Every `.md` file under `root`, read; unreadable ones become problems.
    public static func read(_ root: String) throws(Failure) -> (files: [SourceFile], problems: [ContentProblem]) {
        let listed = try list(root)
        var files: [SourceFile] = []
        var problems = listed.problems
        for entry in listed.entries {
            switch readFile(entry.path, in: root) {
            case let .success(text): files.append(SourceFile(path: entry.path, text: text))
            case let .failure(problem): problems.append(problem)
            }
        }
        return (files, problems)
    }

    /// The text of the file at `path` (relative to `root`), or why it cannot be read.
    static func readFile(_ path: String, in root: String) -> Result<String, ContentProblem> {
        let absolute = root + "/" + path
        var info = stat()
        guard stat(absolute, &info) == 0, let text = readText(absolute, expectedSize: Int(info.st_size)) else {
            return .failure(ContentProblem(file: path, message: "cannot read this file: \(errorText())"))
        }
        return .success(text)
    }

    private static func walk(_ absolute: String, relative: String, depth: Int, entries: inout [Entry], problems: inout [ContentProblem]) {
        guard depth < 16 else {
            problems.append(ContentProblem(file: relative, message: "folders nest too deeply (more than 16 levels)"))
            return
        }
        guard let directory = opendir(absolute) else {
            problems.append(ContentProblem(file: relative.isEmpty ? "." : relative, message: "cannot read this folder: \(errorText())"))
            return
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        for name in names.sorted() {
            let path = absolute + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else {
                problems.append(ContentProblem(file: relativePath, message: "cannot read this entry (is its name valid UTF-8?): \(errorText())"))
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                walk(path, relative: relativePath, depth: depth + 1, entries: &entries, problems: &problems)
            } else if name.hasSuffix(".md") {
                if info.st_mode & S_IFMT != S_IFREG {
                    problems.append(ContentProblem(file: relativePath, message: "not a regular file"))
                } else {
                    entries.append(Entry(path: relativePath, size: Int(info.st_size)))
                }
            }
        }
    }

    /// The file's text, read straight into the string's storage when the file is the size `stat`
    /// said: zeroing a 64 KB buffer and copying through an array for each of 10,000 small files
    /// cost more than reading them. A file that has grown since is read in chunks instead.
    private static func readText(_ path: String, expectedSize: Int) -> String? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var failed = false
        var complete = false
        let text = String(unsafeUninitializedCapacity: max(0, expectedSize) + 1) { buffer in
            var filled = 0
            while filled < buffer.count {
                let count = Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
                if count < 0 { failed = true; return 0 }
                if count == 0 { complete = true; break }
                filled += count
            }
            return filled
        }
        if failed { return nil }
        if complete { return text }
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { return nil }
        return readChunks(descriptor)
    }

    private static func readChunks(_ descriptor: Int32) -> String? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 { return nil }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}

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

    /// Every `.md` file under `root`, as paths relative to it, without reading them; entries
    /// that cannot be examined become problems.
    public static func list(_ root: String) throws(Failure) -> (paths: [String], problems: [ContentProblem]) {
        var info = stat()
        guard stat(root, &info) == 0 else { throw .notFound(root) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(root) }
        var paths: [String] = []
        var problems: [ContentProblem] = []
        walk(root, relative: "", depth: 0, paths: &paths, problems: &problems)
        return (paths, problems)
    }

    /// Whether the files at `paths` (relative to `root`) hold at most `limit` bytes in all;
    /// it stops looking once they are over, so a large folder costs a few `stat`s, not one a file.
    static func total(of paths: [String], in root: String, isAtMost limit: Int) -> Bool {
        var total = 0
        for path in paths {
            var info = stat()
            if stat(root + "/" + path, &info) == 0 { total += Int(info.st_size) }
            if total > limit { return false }
        }
        return true
    }

    /// Every `.md` file under `root`, read; unreadable ones become problems.
    public static func read(_ root: String) throws(Failure) -> (files: [SourceFile], problems: [ContentProblem]) {
        let listed = try list(root)
        var files: [SourceFile] = []
        var problems = listed.problems
        for path in listed.paths {
            switch readFile(path, in: root) {
            case let .success(text): files.append(SourceFile(path: path, text: text))
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

    /// The text of at most the first `limit` bytes of the file at `path` (relative to `root`),
    /// or nil if it cannot be read.
    static func readHead(_ path: String, in root: String, limit: Int) -> String? {
        let descriptor = open(root + "/" + path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: limit)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, limit, 0) }
        return count < 0 ? nil : String(decoding: bytes[..<count], as: UTF8.self)
    }

    private static func walk(_ absolute: String, relative: String, depth: Int, paths: inout [String], problems: inout [ContentProblem]) {
        guard depth < 16 else {
            problems.append(ContentProblem(file: relative, message: "folders nest too deeply (more than 16 levels)"))
            return
        }
        guard let directory = opendir(absolute) else {
            problems.append(ContentProblem(file: relative.isEmpty ? "." : relative, message: "cannot read this folder: \(errorText())"))
            return
        }
        defer { closedir(directory) }
        var names: [(name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            let (name, valid) = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.prefix(while: { $0 != 0 })
                return (String(decoding: bytes, as: UTF8.self), String(validating: bytes, as: UTF8.self) != nil)
            }
            // A name that is not UTF-8 is looked at under its repaired name, which fails and is reported.
            if !name.hasPrefix(".") { names.append((name, valid ? entry.pointee.d_type : UInt8(DT_UNKNOWN))) }
        }
        for (name, type) in names.sorted(by: { $0.name < $1.name }) {
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            // The entry's type from the directory listing saves a `stat` per file, which was most
            // of the time it took to list 10,000 pages; links and file systems that do not say
            // are looked at.
            var mode = Int(type) == DT_DIR ? S_IFDIR : Int(type) == DT_REG ? S_IFREG : 0
            if mode == 0 {
                var info = stat()
                guard fstatat(dirfd(directory), name, &info, 0) == 0 else {
                    problems.append(ContentProblem(file: relativePath, message: "cannot read this entry (is its name valid UTF-8?): \(errorText())"))
                    continue
                }
                mode = info.st_mode & S_IFMT
            }
            if mode == S_IFDIR {
                walk(absolute + "/" + name, relative: relativePath, depth: depth + 1, paths: &paths, problems: &problems)
            } else if name.hasSuffix(".md") {
                if mode != S_IFREG {
                    problems.append(ContentProblem(file: relativePath, message: "not a regular file"))
                } else {
                    paths.append(relativePath)
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

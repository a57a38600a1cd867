import CSQLite
import Glibc

/// What the bytes of an existing file say before SQLite is let near it: a file too short for its
/// own header, or one that is not SQLite at all, is refused here, so nothing is ever written to it.
enum DatabaseFileCheck {
    /// SQLite's file header starts with these 16 bytes.
    static let magic = Array("SQLite format 3\0".utf8)

    /// Whether a file is at `path` (nil when there is none), or why it cannot be a database.
    static func inspect(_ path: String) throws(WorkbookStoreError) -> Bool {
        var status = stat()
        if lstat(path, &status) != 0 {
            if errno == ENOENT { return false }
            throw .sqlite(path: path, code: SQLITE_CANTOPEN, message: "cannot be read", systemError: errno)
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw .unreadable(path: path, reason: "not a regular file")
        }
        let size = Int64(status.st_size)
        if size == 0 { return true }
        let header = try readHeader(path)
        guard header.count >= 100 else {
            throw .unreadable(path: path, reason: "truncated: \(size) bytes, shorter than an SQLite header")
        }
        guard Array(header[0..<16]) == magic else {
            throw .unreadable(path: path, reason: "not an SQLite database (corrupt, or another kind of file)")
        }
        let rawPageSize = Int64(header[16]) << 8 | Int64(header[17])
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else {
            throw .unreadable(path: path, reason: "corrupt: its header gives a page size of \(rawPageSize)")
        }
        // With a write-ahead log beside it, the file may legitimately lag its header until the
        // log is checkpointed; SQLite's own checks judge it then.
        if walHoldsFrames(path) { return true }
        let countIsValid = header[24..<28].elementsEqual(header[92..<96])
        let pages = header[28..<32].reduce(Int64(0)) { $0 << 8 | Int64($1) }
        if size % pageSize != 0 || (countIsValid && pages * pageSize > size) {
            let expected = countIsValid ? " where its header says \(pages * pageSize)" : ""
            throw .unreadable(path: path, reason: "truncated: \(size) bytes\(expected)")
        }
        return true
    }

    private static func readHeader(_ path: String) throws(WorkbookStoreError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { throw .sqlite(path: path, code: SQLITE_CANTOPEN, message: "cannot be read", systemError: errno) }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: 100)
        var filled = 0
        while filled < 100 {
            let count = header.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, 100 - filled) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { throw .sqlite(path: path, code: SQLITE_IOERR, message: "cannot be read", systemError: errno) }
            if count == 0 { break }
            filled += count
        }
        return Array(header[0..<filled])
    }

    private static func walHoldsFrames(_ path: String) -> Bool {
        var status = stat()
        return stat(path + "-wal", &status) == 0 && status.st_size > 32
    }
}

import CSQLite
import Glibc

/// Why the workbook store could not do what was asked, with the file it concerns and the
/// sysexits code a command exits with.
public enum WorkbookStoreError: Error, Equatable, CustomStringConvertible {
    /// The file is not a database this program can read (corrupt, truncated, or not SQLite at
    /// all); it is left exactly as it was.
    case unreadable(path: String, reason: String)
    /// The file was written by a newer toolkit whose schema this one does not know.
    case newerSchema(path: String, found: Int64, known: Int64)
    /// The folder or the file could not be made.
    case cannotCreate(path: String, systemError: Int32)
    /// SQLite refused or failed: its words, and the operating system's reason when there is one.
    case sqlite(path: String, code: Int32, message: String, systemError: Int32)
    /// No workbook has this name.
    case noSuchWorkbook(String)
    /// A workbook already has this name.
    case workbookExists(String)
    /// The name cannot name a workbook.
    case invalidName(String, reason: String)

    /// The exit code for a command that fails with this error (sysexits).
    public var exitCode: Int32 {
        switch self {
        case .unreadable, .newerSchema: 65
        case .noSuchWorkbook: 66
        case .invalidName: 64
        case .cannotCreate, .workbookExists: 73
        case let .sqlite(_, code, _, _):
            switch code & 0xFF {
            case SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_PERM: 73
            case SQLITE_CORRUPT, SQLITE_NOTADB: 65
            case SQLITE_BUSY, SQLITE_LOCKED: 75
            default: 74
            }
        }
    }

    /// One line for a person: what went wrong, with the file and the reason.
    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            return "\(path): \(reason); it was left as it is (move it aside to start a new one)"
        case let .newerSchema(path, found, known):
            return "\(path): written by a newer toolkit (schema \(found); this one knows up to \(known)); it was left as it is"
        case let .cannotCreate(path, systemError):
            return "cannot create \(path): \(String(cString: strerror(systemError)))"
        case let .sqlite(path, code, message, systemError):
            let reason = systemError != 0 && !Self.saysTheReason(code) ? " (\(String(cString: strerror(systemError))))" : ""
            return "\(path): \(message)\(reason)"
        case let .noSuchWorkbook(name):
            return "no workbook named \"\(name)\" (toolkit workbook list shows them)"
        case let .workbookExists(name):
            return "a workbook named \"\(name)\" already exists"
        case let .invalidName(name, reason):
            return "\"\(name)\" cannot name a workbook: \(reason)"
        }
    }

    /// SQLite's own message already says the disk is full or the file is locked.
    private static func saysTheReason(_ code: Int32) -> Bool {
        [SQLITE_FULL, SQLITE_BUSY, SQLITE_LOCKED].contains(code & 0xFF)
    }
}

import CSQLite

/// One open connection to an SQLite file, used from one thread: statements, transactions and
/// errors that carry SQLite's message and the operating system's reason.
final class SQLiteConnection {
    /// The file, as errors name it.
    let path: String
    private var handle: OpaquePointer?

    /// Opens `path`; `create` allows SQLite to make a missing file.
    init(path: String, create: Bool) throws(WorkbookStoreError) {
        self.path = path
        var flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW
        if create { flags |= SQLITE_OPEN_CREATE }
        var opened: OpaquePointer?
        let code = sqlite3_open_v2(path, &opened, flags, nil)
        handle = opened
        if code != SQLITE_OK {
            let error = WorkbookStoreError.sqlite(path: path, code: code, message: Self.message(opened, code), systemError: opened.map { sqlite3_system_errno($0) } ?? 0)
            sqlite3_close_v2(opened)
            handle = nil
            throw error
        }
        sqlite3_extended_result_codes(opened, 1)
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Whether closing may copy the WAL into the database file; off until the file is known good,
    /// so a file this program cannot read is left byte for byte.
    func allowCheckpointOnClose(_ allowed: Bool) {
        _ = toolkit_sqlite_checkpoint_on_close(handle, allowed ? 1 : 0)
    }

    /// How long a writer waits for another process's transaction before giving up.
    func setBusyTimeout(milliseconds: Int32) {
        sqlite3_busy_timeout(handle, milliseconds)
    }

    /// Runs SQL that returns no rows (several statements allowed).
    func execute(_ sql: String) throws(WorkbookStoreError) {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        if code != SQLITE_OK { throw error(code) }
    }

    /// Prepares one statement, binding `values` in order.
    func prepare(_ sql: String, _ values: [SQLiteValue] = []) throws(WorkbookStoreError) -> SQLiteStatement {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard code == SQLITE_OK, let statement else { throw error(code) }
        let prepared = SQLiteStatement(statement, connection: self)
        try prepared.bind(values)
        return prepared
    }

    /// Runs one statement that returns no rows.
    func run(_ sql: String, _ values: [SQLiteValue] = []) throws(WorkbookStoreError) {
        let statement = try prepare(sql, values)
        while try statement.step() {}
    }

    /// The first column of every row of a query, as text.
    func texts(_ sql: String, _ values: [SQLiteValue] = []) throws(WorkbookStoreError) -> [String] {
        let statement = try prepare(sql, values)
        var texts: [String] = []
        while try statement.step() { texts.append(statement.text(0)) }
        return texts
    }

    /// The first column of the first row, as an integer (0 when there is no row).
    func integer(_ sql: String, _ values: [SQLiteValue] = []) throws(WorkbookStoreError) -> Int64 {
        let statement = try prepare(sql, values)
        return try statement.step() ? statement.integer(0) : 0
    }

    /// Runs `body` in one write transaction, taken at once (`BEGIN IMMEDIATE`) so that two
    /// writers queue on the busy timeout rather than fail halfway; rolled back if `body` throws.
    func transaction<Result>(_ body: () throws(WorkbookStoreError) -> Result) throws(WorkbookStoreError) -> Result {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if sqlite3_get_autocommit(handle) == 0 { sqlite3_exec(handle, "ROLLBACK", nil, nil, nil) }
            throw error
        }
    }

    /// The error for a failed call, with SQLite's words and the operating system's reason.
    func error(_ code: Int32) -> WorkbookStoreError {
        .sqlite(path: path, code: sqlite3_extended_errcode(handle), message: Self.message(handle, code), systemError: sqlite3_system_errno(handle))
    }

    private static func message(_ handle: OpaquePointer?, _ code: Int32) -> String {
        if let handle, let text = sqlite3_errmsg(handle) { return String(cString: text) }
        return String(cString: sqlite3_errstr(code))
    }
}

import CSQLite
import Catalog
import Glibc

/// The one SQLite file that keeps every workbook's answers and notes. Opened only when something
/// needs it; each change is one transaction, committed (WAL, synchronous FULL) before the call
/// returns; a file it cannot read, or one from a newer schema, is refused and never written.
/// Use one store from one thread; two processes may write at once (they wait for each other).
public final class WorkbookStore {
    /// The database file.
    public let path: String
    private let connection: SQLiteConnection

    /// How long a change waits for another process's transaction, in milliseconds.
    static let busyTimeout: Int32 = 5000

    /// Opens the file of `environment` (see `WorkbookLocation`), creating its folder (700) and
    /// the file (600) when missing.
    public static func open(environment: [String: String]) throws(WorkbookStoreError) -> WorkbookStore {
        guard let path = WorkbookLocation.file(environment: environment) else {
            throw .cannotCreate(path: "~/.local/share/toolkit/" + WorkbookLocation.fileName, systemError: ENOENT)
        }
        return try WorkbookStore(path: path)
    }

    /// Opens the database at `path`, creating its folder (700) and the file (600) when missing.
    public init(path: String) throws(WorkbookStoreError) {
        self.path = path
        if try !DatabaseFileCheck.inspect(path) {
            try Self.createFolder(of: path)
            try Self.createFile(path)
        }
        connection = try SQLiteConnection(path: path, create: false)
        connection.allowCheckpointOnClose(false)
        connection.setBusyTimeout(milliseconds: Self.busyTimeout)
        let version = try Self.checkReadable(connection)
        try connection.execute("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL")
        if try connection.texts("PRAGMA journal_mode").first != "wal" {
            _ = try connection.texts("PRAGMA journal_mode = WAL")
        }
        try WorkbookSchema.migrate(connection, from: version)
        connection.allowCheckpointOnClose(true)
    }

    // MARK: Reading

    /// Every workbook, by name, with its counts and last change.
    public func workbooks() throws(WorkbookStoreError) -> [WorkbookSummary] {
        let statement = try connection.prepare("""
            SELECT w.name, count(a.choice), count(nullif(a.note, '')), max(a.changed_at)
            FROM workbook w LEFT JOIN answer a ON a.workbook_id = w.id
            GROUP BY w.id ORDER BY w.name
            """)
        var summaries: [WorkbookSummary] = []
        while try statement.step() {
            summaries.append(WorkbookSummary(name: statement.text(0), answered: Int(statement.integer(1)),
                                             notes: Int(statement.integer(2)), lastChange: statement.optionalText(3).map { _ in statement.integer(3) }))
        }
        return summaries
    }

    /// A number that changes whenever another connection commits to the file (SQLite's
    /// `data_version`; this connection's own commits leave it), so a session can tell at the cost
    /// of one small query whether the answers it read are stale.
    public func changeCount() throws(WorkbookStoreError) -> Int64 {
        try connection.integer("PRAGMA data_version")
    }

    /// Whether a workbook has this name.
    public func contains(workbook name: String) throws(WorkbookStoreError) -> Bool {
        try connection.integer("SELECT count(*) FROM workbook WHERE name = ?", [.text(name)]) > 0
    }

    /// Every answer and note in `workbook` (none when it does not exist yet), by page and item key.
    public func answers(in workbook: String) throws(WorkbookStoreError) -> [ItemAnswer] {
        let statement = try connection.prepare("""
            SELECT a.page_id, a.item_key, a.item_text, a.choice, a.note, a.changed_at
            FROM answer a JOIN workbook w ON w.id = a.workbook_id
            WHERE w.name = ? ORDER BY a.page_id, a.item_key
            """, [.text(workbook)])
        var answers: [ItemAnswer] = []
        while try statement.step() { answers.append(Self.answer(from: statement)) }
        return answers
    }

    /// The answer to one item, nil when it has none.
    public func answer(pageID: PageID, itemKey: String, in workbook: String) throws(WorkbookStoreError) -> ItemAnswer? {
        let statement = try connection.prepare("""
            SELECT a.page_id, a.item_key, a.item_text, a.choice, a.note, a.changed_at
            FROM answer a JOIN workbook w ON w.id = a.workbook_id
            WHERE w.name = ? AND a.page_id = ? AND a.item_key = ?
            """, [.text(workbook), .text(pageID.path), .text(itemKey)])
        return try statement.step() ? Self.answer(from: statement) : nil
    }

    /// What the room said to each question closed in `workbook`, oldest first (none when it
    /// does not exist yet).
    public func roomResults(in workbook: String) throws(WorkbookStoreError) -> [RoomResult] {
        let statement = try connection.prepare("""
            SELECT r.id, r.page_id, r.question_text, r.head_count, r.closed_at, c.choice, c.count
            FROM room_result r JOIN workbook w ON w.id = r.workbook_id
            JOIN room_result_choice c ON c.result_id = r.id
            WHERE w.name = ? ORDER BY r.closed_at, r.id, c.position
            """, [.text(workbook)])
        var results: [RoomResult] = []
        var lastID: Int64?
        while try statement.step() {
            if statement.integer(0) != lastID {
                lastID = statement.integer(0)
                results.append(RoomResult(pageID: PageID(statement.text(1)), text: statement.text(2), choices: [], counts: [],
                                          headCount: Int(statement.integer(3)), closedAt: statement.integer(4)))
            }
            results[results.count - 1].choices.append(statement.text(5))
            results[results.count - 1].counts.append(Int(statement.integer(6)))
        }
        return results
    }

    // MARK: Changing (each call one transaction)

    /// Keeps what the room said to a closed question in `workbook` (made if missing). Returns
    /// once committed.
    public func keep(_ result: RoomResult, in workbook: String) throws(WorkbookStoreError) {
        try WorkbookName.validate(workbook)
        try connection.transaction { () throws(WorkbookStoreError) in
            try connection.run("INSERT INTO room_result (workbook_id, page_id, question_text, head_count, closed_at) VALUES (?, ?, ?, ?, ?)",
                               [.integer(try workbookID(workbook, creating: true)), .text(result.pageID.path), .text(result.text),
                                .integer(Int64(result.headCount)), .integer(result.closedAt)])
            let id = try connection.integer("SELECT last_insert_rowid()")
            for (position, (choice, count)) in zip(result.choices, result.counts).enumerated() {
                try connection.run("INSERT INTO room_result_choice (result_id, position, choice, count) VALUES (?, ?, ?, ?)",
                                   [.integer(id), .integer(Int64(position)), .text(choice), .integer(Int64(count))])
            }
        }
    }

    /// Keeps `answer` in `workbook` (made if missing), replacing the item's choice and note; an
    /// answer with neither removes the item's row. Returns once committed.
    public func save(_ answer: ItemAnswer, in workbook: String) throws(WorkbookStoreError) {
        try WorkbookName.validate(workbook)
        try connection.transaction { () throws(WorkbookStoreError) in
            try write(answer, workbook: try workbookID(workbook, creating: true))
        }
    }

    /// Changes one item's answer from what is stored now, read and written in one transaction
    /// (so a choice set from the command line keeps a note another process wrote). Returns what
    /// was kept.
    @discardableResult
    public func update(pageID: PageID, itemKey: String, in workbook: String,
                       _ change: (ItemAnswer?) -> ItemAnswer) throws(WorkbookStoreError) -> ItemAnswer {
        try WorkbookName.validate(workbook)
        return try connection.transaction { () throws(WorkbookStoreError) in
            let changed = change(try answer(pageID: pageID, itemKey: itemKey, in: workbook))
            try write(changed, workbook: try workbookID(workbook, creating: true))
            return changed
        }
    }

    /// Fills `workbook` with `answers` in one transaction; refuses an existing workbook unless
    /// `replacing`, when its old answers go.
    public func importAnswers(_ answers: [ItemAnswer], as workbook: String, replacing: Bool) throws(WorkbookStoreError) {
        try WorkbookName.validate(workbook)
        try connection.transaction { () throws(WorkbookStoreError) in
            if try contains(workbook: workbook) {
                guard replacing else { throw .workbookExists(workbook) }
                try connection.run("DELETE FROM workbook WHERE name = ?", [.text(workbook)])
            }
            let id = try workbookID(workbook, creating: true)
            for answer in answers { try write(answer, workbook: id) }
        }
    }

    /// Gives a workbook a new name.
    public func rename(_ name: String, to newName: String) throws(WorkbookStoreError) {
        try WorkbookName.validate(newName)
        try connection.transaction { () throws(WorkbookStoreError) in
            guard try contains(workbook: name) else { throw .noSuchWorkbook(name) }
            if try contains(workbook: newName) { throw .workbookExists(newName) }
            try connection.run("UPDATE workbook SET name = ? WHERE name = ?", [.text(newName), .text(name)])
        }
    }

    /// Deletes a workbook and its answers.
    public func delete(_ name: String) throws(WorkbookStoreError) {
        try connection.transaction { () throws(WorkbookStoreError) in
            guard try contains(workbook: name) else { throw .noSuchWorkbook(name) }
            try connection.run("DELETE FROM workbook WHERE name = ?", [.text(name)])
        }
    }

    /// SQLite's own check of every page and index: "ok", or the problems it found.
    public func integrityCheck() throws(WorkbookStoreError) -> [String] {
        try connection.texts("PRAGMA integrity_check")
    }

    // MARK: Private

    private func workbookID(_ name: String, creating: Bool) throws(WorkbookStoreError) -> Int64 {
        if creating {
            try connection.run("INSERT INTO workbook (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                               [.text(name), .integer(Int64(time(nil)))])
        }
        return try connection.integer("SELECT id FROM workbook WHERE name = ?", [.text(name)])
    }

    private func write(_ answer: ItemAnswer, workbook id: Int64) throws(WorkbookStoreError) {
        if answer.isEmpty {
            try connection.run("DELETE FROM answer WHERE workbook_id = ? AND page_id = ? AND item_key = ?",
                               [.integer(id), .text(answer.pageID.path), .text(answer.itemKey)])
            return
        }
        try connection.run("""
            INSERT INTO answer (workbook_id, page_id, item_key, item_text, choice, note, changed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (workbook_id, page_id, item_key) DO UPDATE SET
                item_text = excluded.item_text, choice = excluded.choice,
                note = excluded.note, changed_at = excluded.changed_at
            """, [.integer(id), .text(answer.pageID.path), .text(answer.itemKey), .text(answer.itemText),
                  .optional(answer.choice?.rawValue), .text(answer.note), .integer(answer.changedAt)])
    }

    private static func answer(from statement: SQLiteStatement) -> ItemAnswer {
        ItemAnswer(pageID: PageID(statement.text(0)), itemKey: statement.text(1), itemText: statement.text(2),
                   choice: statement.optionalText(3).flatMap(AnswerChoice.init(rawValue:)),
                   note: statement.text(4), changedAt: statement.integer(5))
    }

    /// Reads the file's version and has SQLite check every page, before anything is written:
    /// a corrupt file or a newer schema is refused here, with the connection not yet allowed to
    /// checkpoint, so the file stays as it was.
    private static func checkReadable(_ connection: SQLiteConnection) throws(WorkbookStoreError) -> Int64 {
        let version: Int64
        let problems: [String]
        do {
            version = try connection.integer("PRAGMA user_version")
            problems = try connection.texts("PRAGMA quick_check")
        } catch let .sqlite(path, code, message, _) where [SQLITE_CORRUPT, SQLITE_NOTADB].contains(code & 0xFF) {
            throw .unreadable(path: path, reason: "corrupt (\(message))")
        }
        if problems != ["ok"] {
            throw .unreadable(path: connection.path, reason: "corrupt (SQLite's check found: \(problems.prefix(3).joined(separator: "; ")))")
        }
        if version > WorkbookSchema.latest {
            throw .newerSchema(path: connection.path, found: version, known: WorkbookSchema.latest)
        }
        return version
    }

    private static func createFolder(of path: String) throws(WorkbookStoreError) {
        var folder = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/").dropLast() {
            folder += "/" + component
            if mkdir(folder, 0o700) != 0 && errno != EEXIST {
                throw .cannotCreate(path: folder, systemError: errno)
            }
        }
    }

    private static func createFile(_ path: String) throws(WorkbookStoreError) {
        let descriptor = Glibc.open(path, O_CREAT | O_EXCL | O_RDWR | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if descriptor < 0 {
            if errno == EEXIST { return }
            throw .cannotCreate(path: path, systemError: errno)
        }
        close(descriptor)
    }
}

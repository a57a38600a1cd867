/// The database's tables, one migration per schema version, and `PRAGMA user_version` as the
/// version a file is at. A migration is never edited once released: a change is a new one.
enum WorkbookSchema {
    /// The migrations in order; the file's version is how many have run.
    static let migrations: [String] = [
        """
        CREATE TABLE workbook (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_at INTEGER NOT NULL
        );
        CREATE TABLE answer (
            workbook_id INTEGER NOT NULL REFERENCES workbook(id) ON DELETE CASCADE,
            page_id TEXT NOT NULL,
            item_key TEXT NOT NULL,
            item_text TEXT NOT NULL,
            choice TEXT CHECK (choice IN ('yes', 'partly', 'no', 'na')),
            note TEXT NOT NULL DEFAULT '',
            changed_at INTEGER NOT NULL,
            PRIMARY KEY (workbook_id, page_id, item_key)
        ) WITHOUT ROWID;
        """,
        """
        CREATE TABLE room_result (
            id INTEGER PRIMARY KEY,
            workbook_id INTEGER NOT NULL REFERENCES workbook(id) ON DELETE CASCADE,
            page_id TEXT NOT NULL,
            question_text TEXT NOT NULL,
            head_count INTEGER NOT NULL CHECK (head_count >= 0),
            closed_at INTEGER NOT NULL
        );
        CREATE TABLE room_result_choice (
            result_id INTEGER NOT NULL REFERENCES room_result(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            choice TEXT NOT NULL,
            count INTEGER NOT NULL CHECK (count >= 0),
            PRIMARY KEY (result_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX room_result_by_workbook ON room_result (workbook_id, closed_at);
        """,
    ]

    /// The version this program writes and reads.
    static var latest: Int64 { Int64(migrations.count) }

    /// Brings `connection` from its version to the latest, each step in one transaction with
    /// its new version, so a crash leaves a file at one version or the next.
    static func migrate(_ connection: SQLiteConnection, from version: Int64) throws(WorkbookStoreError) {
        for step in Int(version)..<migrations.count {
            try connection.transaction { () throws(WorkbookStoreError) in
                // Another process may have migrated while this one waited for the lock.
                guard try connection.integer("PRAGMA user_version") == Int64(step) else { return }
                try connection.execute(migrations[step])
                try connection.execute("PRAGMA user_version = \(step + 1)")
            }
        }
    }
}

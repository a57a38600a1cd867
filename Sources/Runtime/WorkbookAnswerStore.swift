import Catalog
import Workbook

/// The program's `AnswerStore`: one named workbook of the SQLite file, which it opens on its
/// first read or save, never before, so a session that meets no checklist never touches the file.
public final class WorkbookAnswerStore: AnswerStore {
    private let name: String
    private let environment: [String: String]
    private var store: WorkbookStore?
    /// The file's change count when the answers were last read.
    private var seenChanges: Int64 = 0

    /// The workbook `name` of the file `environment` locates (`$XDG_DATA_HOME`, else `$HOME`).
    public init(workbook name: String, environment: [String: String]) {
        self.name = name
        self.environment = environment
    }

    /// Every answer in the workbook.
    public func answers() throws -> [ItemAnswer] {
        try opened().answers(in: name)
    }

    /// Keeps `answer` in the workbook, committed when this returns.
    public func save(_ answer: ItemAnswer) throws {
        try opened().save(answer, in: name)
    }

    /// Keeps what the room said to a closed question in the workbook, committed when this returns.
    public func keep(_ result: RoomResult) throws {
        try opened().keep(result, in: name)
    }

    /// Every answer again when another process has committed to the file since this store last
    /// looked, nil otherwise.
    public func answersIfChanged() throws -> [ItemAnswer]? {
        guard let store else { return nil }
        let count = try store.changeCount()
        guard count != seenChanges else { return nil }
        seenChanges = count
        return try store.answers(in: name)
    }

    private func opened() throws -> WorkbookStore {
        if let store { return store }
        let opened = try WorkbookStore.open(environment: environment)
        seenChanges = try opened.changeCount()
        store = opened
        return opened
    }
}

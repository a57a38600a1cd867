import Catalog
import Glibc
import Layout
import Rendering
import Workbook

/// The work behind `toolkit workbook …` and `show --workbook`, apart from the argument parser:
/// each function takes plain values, opens the store only when it must, and writes its output.
struct WorkbookActions {
    /// The toolkit the answers are matched against.
    let catalog: Catalog
    /// Where the database is (XDG_DATA_HOME, HOME).
    let environment: [String: String]
    /// Writes to standard output.
    var write: (String) -> Void = StandardOutput.write

    /// The environment variables that place the database.
    static var processEnvironment: [String: String] {
        var environment: [String: String] = [:]
        for name in ["XDG_DATA_HOME", "HOME"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return environment
    }

    /// The output formats of `workbook show`.
    enum Format: String, CaseIterable {
        case text, markdown, html, json
    }

    /// `workbook list`: each workbook with its counts and last change.
    func list() throws(CommandFailure) {
        let store = try existingStore()
        let summaries = try guarded { () throws(WorkbookStoreError) in try store?.workbooks() ?? [] }
        let items = catalog.pagesInMenuOrder.reduce(0) { $0 + catalog[$1].taskItems.count }
        guard !summaries.isEmpty else {
            write("No workbooks yet; answering an item starts one: toolkit workbook answer PAGE-ID ITEM yes\n")
            return
        }
        let width = summaries.map { VisibleText.make($0.name).count }.max() ?? 0
        for summary in summaries {
            let name = VisibleText.make(summary.name)
            var line = name + String(repeating: " ", count: width - name.count + 2)
            line += "\(summary.answered) of \(Count.of(items, "item", "items")) answered"
            if summary.notes > 0 { line += ", " + Count.of(summary.notes, "note", "notes") }
            if let last = summary.lastChange { line += ", last change " + ChangeTime.text(last) }
            write(line + "\n")
        }
    }

    /// `workbook answer`: sets an item's answer (nil clears it) and, when given, its note.
    func answer(page typed: String, item itemReference: String, choice: AnswerChoice?, note: String?, workbook: String) throws(CommandFailure) {
        let item = try Self.item(itemReference, page: try page(typed))
        let kept = try guarded({ () throws(WorkbookStoreError) in
            try WorkbookStore.open(environment: environment).update(pageID: item.page, itemKey: item.key, in: workbook) { old in
                ItemAnswer(pageID: item.page, itemKey: item.key, itemText: item.text, choice: choice,
                           note: note ?? old?.note ?? "", changedAt: Int64(time(nil)))
            }
        }, notSaved: AnswerChoice.asciiMark(for: choice) + " " + item.text)
        let glyphs = TerminalEnvironment.current().glyphs
        let mark = glyphs.mark(for: kept.choice)
        write("Saved in workbook \"\(VisibleText.make(workbook))\": \(mark) \(item.position + 1). \(glyphs.text(VisibleText.make(item.text)))\n")
    }

    /// `workbook show`: the filled-in checklist in `format`.
    func show(workbook: String, format: Format) throws(CommandFailure) {
        let answers = try storedAnswers(workbook)
        let checklist = try filled(workbook: workbook, answers: answers)
        switch format {
        case .json: write(WorkbookFile.encode(name: workbook, answers: answers))
        case .text: write(ChecklistText.document(name: workbook, checklist: checklist, glyphs: TerminalEnvironment.current().glyphs))
        case .markdown: write(ChecklistMarkdown.document(name: workbook, checklist: checklist))
        case .html: write(ChecklistHTML.document(name: workbook, checklist: checklist, catalog: catalog))
        }
    }

    /// The answers of `workbook` over the toolkit, for `show --all --format html --workbook`.
    func filled(workbook: String) throws(CommandFailure) -> FilledChecklist {
        try filled(workbook: workbook, answers: try storedAnswers(workbook))
    }

    /// `answers` of `workbook` over the toolkit, with what the room said in that workbook.
    private func filled(workbook: String, answers: [ItemAnswer]) throws(CommandFailure) -> FilledChecklist {
        var checklist = FilledChecklist(catalog: catalog, answers: answers)
        if let store = try existingStore(), try guarded({ () throws(WorkbookStoreError) in try store.contains(workbook: workbook) }) {
            checklist.room = try guarded { () throws(WorkbookStoreError) in try store.roomResults(in: workbook) }
        }
        return checklist
    }

    /// `workbook import`: a JSON file's answers as a workbook, refusing to replace one unless told.
    func importFile(_ path: String, as name: String?, replacing: Bool) throws(CommandFailure) {
        let shownPath = VisibleText.make(path)
        let bytes = try Self.read(path, shown: shownPath)
        let contents: WorkbookFile.Contents
        do {
            contents = try WorkbookFile.decode(bytes, file: shownPath)
        } catch {
            throw CommandFailure(error.description, code: 65)
        }
        let workbook = name ?? contents.name
        let store = try openStore()
        do {
            try store.importAnswers(contents.answers, as: workbook, replacing: replacing)
        } catch .workbookExists(let existing) {
            throw CommandFailure("a workbook named \"\(VisibleText.make(existing))\" already exists; add --replace to replace it, or --as NAME to import under another name", code: 73)
        } catch {
            throw CommandFailure(error.description, code: error.exitCode)
        }
        let gone = FilledChecklist(catalog: catalog, answers: contents.answers).gone.count
        write("Imported \(Count.of(contents.answers.count, "answer", "answers")) into workbook \"\(VisibleText.make(workbook))\""
              + (gone > 0 ? " (\(gone) to items no longer in the toolkit)" : "") + "\n")
    }

    /// `workbook rename`.
    func rename(_ name: String, to newName: String) throws(CommandFailure) {
        let store = try openStore()
        try guarded { () throws(WorkbookStoreError) in try store.rename(name, to: newName) }
        write("Renamed workbook \"\(VisibleText.make(name))\" to \"\(VisibleText.make(newName))\"\n")
    }

    /// `workbook delete`: asks on a terminal unless `confirmed`; elsewhere needs `confirmed`.
    func delete(_ name: String, confirmed: Bool, ask: () -> String?) throws(CommandFailure) {
        guard let store = try existingStore(), try guarded({ () throws(WorkbookStoreError) in try store.contains(workbook: name) }) else {
            throw CommandFailure(WorkbookStoreError.noSuchWorkbook(VisibleText.make(name)).description, code: 66)
        }
        if !confirmed {
            guard isatty(STDIN_FILENO) == 1 else {
                throw CommandFailure("deleting a workbook needs --yes when standard input is not a terminal", code: 64)
            }
            let count = try guarded { () throws(WorkbookStoreError) in try store.answers(in: name).count }
            StandardError.write("Delete workbook \"\(VisibleText.make(name))\" and its \(Count.of(count, "answer", "answers"))? [y/N] ", newline: false)
            guard let reply = ask(), ["y", "yes"].contains(reply.lowercased()) else {
                write("Kept workbook \"\(VisibleText.make(name))\"\n")
                return
            }
        }
        try guarded { () throws(WorkbookStoreError) in try store.delete(name) }
        write("Deleted workbook \"\(VisibleText.make(name))\"\n")
    }

    // MARK: Private

    private func page(_ typed: String) throws(CommandFailure) -> Page {
        guard let id = catalog.resolve(typed) else {
            throw CommandFailure("no page '\(VisibleText.make(typed))' (toolkit tree lists them)", code: 64)
        }
        return catalog[id]
    }

    /// The item `reference` names on `page`: its number, or its text in any case and spacing.
    static func item(_ reference: String, page: Page) throws(CommandFailure) -> TaskItem {
        let items = page.taskItems
        guard !items.isEmpty else {
            throw CommandFailure("page '\(page.id)' has no checklist items to answer", code: 64)
        }
        if let number = Int(reference) {
            guard (1...items.count).contains(number) else {
                throw CommandFailure("page '\(page.id)' has items 1 to \(items.count), not \(number)", code: 64)
            }
            return items[number - 1]
        }
        let key = TaskItem.key(for: reference)
        guard let item = items.first(where: { $0.key == key }) else {
            throw CommandFailure("page '\(page.id)' has no item \"\(VisibleText.make(reference))\"; give its text or its number (toolkit workbook show lists them)", code: 64)
        }
        return item
    }

    /// The answers of `workbook`, none for the default workbook before its first answer; any
    /// other name must exist.
    private func storedAnswers(_ workbook: String) throws(CommandFailure) -> [ItemAnswer] {
        let store = try existingStore()
        let exists = try store.map { store throws(CommandFailure) in try guarded { () throws(WorkbookStoreError) in try store.contains(workbook: workbook) } } ?? false
        if !exists {
            guard workbook == WorkbookName.standard else {
                throw CommandFailure(WorkbookStoreError.noSuchWorkbook(VisibleText.make(workbook)).description, code: 66)
            }
            return []
        }
        return try guarded { () throws(WorkbookStoreError) in try store!.answers(in: workbook) }
    }

    /// The store, made if missing: for commands that write.
    private func openStore() throws(CommandFailure) -> WorkbookStore {
        do {
            return try WorkbookStore.open(environment: environment)
        } catch {
            throw CommandFailure(error.description, code: error.exitCode)
        }
    }

    /// The store if its file exists, nil if not: reading never makes the file.
    private func existingStore() throws(CommandFailure) -> WorkbookStore? {
        guard let path = WorkbookLocation.file(environment: environment), access(path, F_OK) == 0 else { return nil }
        return try openStore()
    }

    private func guarded<Result>(_ body: () throws(WorkbookStoreError) -> Result, notSaved: String? = nil) throws(CommandFailure) -> Result {
        do {
            return try body()
        } catch {
            let lost = notSaved.map { "not saved: \(VisibleText.make($0)): " } ?? ""
            throw CommandFailure(lost + error.description, code: error.exitCode)
        }
    }

    private static func read(_ path: String, shown: String) throws(CommandFailure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw CommandFailure("\(shown): \(String(cString: strerror(errno)))", code: 66) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { throw CommandFailure("\(shown): \(String(cString: strerror(errno)))", code: 74) }
            if count == 0 { return bytes }
            bytes += buffer[0..<count]
            if bytes.count > WorkbookFile.maximumBytes {
                throw CommandFailure("\(shown): larger than \(WorkbookFile.maximumBytes >> 20) MB, more than a workbook holds; nothing was imported", code: 65)
            }
        }
    }
}

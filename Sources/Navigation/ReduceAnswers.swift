import Catalog
import Layout

/// Answering checklist items: the answer and note keys, the note being written, and what the
/// loop reports back from the workbook.
extension State {
    /// The checklist item selected on the page, if the focus is on one.
    public var focusedItem: TaskItem? {
        guard !isList, let focus = place.focus, document.targets.indices.contains(focus),
              case let .answer(position) = document.targets[focus].action else { return nil }
        let items = page.taskItems
        return items.indices.contains(position) ? items[position] : nil
    }

    /// The answer shown for `item`, if it has one or a note.
    public func answer(to item: TaskItem) -> ItemAnswer? {
        workbook.byPage?[item.page]?[item.key]
    }

    /// The answer shown for `item`, or an empty one to fill in.
    private func answerOrBlank(to item: TaskItem) -> ItemAnswer {
        answer(to: item) ?? ItemAnswer(pageID: item.page, itemKey: item.key, itemText: item.text, choice: nil, changedAt: 0)
    }

    /// What a page's items show: their answers and which are not saved.
    func itemMarks(on id: PageID) -> ItemMarks {
        ItemMarks(answers: workbook.answers(on: id), unsaved: workbook.unsavedKeys(on: id))
    }

    /// What a menu entry says of its checklist items once the workbook is read: "12 of 38
    /// answered" for a page or section with items, nil otherwise (and nil for all before the
    /// workbook is read, so a menu never parses its pages for items unless answers are in use).
    func answeredProgress(of id: PageID) -> String? {
        guard workbook.isLoaded else { return nil }
        let items = catalog.taskItems(under: id)
        guard !items.isEmpty else { return nil }
        return "\(workbook.answeredCount(of: items)) of \(items.count) answered"
    }

    /// `x`: the focused item's next answer, shown at once and handed to the loop to keep.
    mutating func answerFocusedItem() -> [Effect] {
        guard let item = itemToAnswer() else { return [] }
        var answer = answerOrBlank(to: item)
        answer.choice = AnswerChoice.next(after: answer.choice)
        return change(to: answer, for: item)
    }

    /// `a`: opens the note editor on the focused item's note.
    mutating func annotateFocusedItem() {
        guard let item = itemToAnswer() else { return }
        noteEditor = NoteEditor(item: item.position, note: answer(to: item)?.note ?? "")
    }

    /// A key while the note editor is open.
    mutating func edit(_ key: Key) -> [Effect] {
        guard var editor = noteEditor else { return [] }
        switch Keymap.command(for: key, in: .note) {
        case .submit?:
            noteEditor = nil
            let items = page.taskItems
            guard items.indices.contains(editor.item) else { return [] }
            let item = items[editor.item]
            var answer = answerOrBlank(to: item)
            let note = editor.text.trimmingSpaces
            guard note != answer.note else { return [] }
            answer.note = note
            return change(to: answer, for: item)
        case .close?:
            noteEditor = nil
            return []
        case .repaint?:
            return [.repaint]
        case .cursorLeft?: editor.moveLeft()
        case .cursorRight?: editor.moveRight()
        case .cursorToStart?: editor.moveToStart()
        case .cursorToEnd?: editor.moveToEnd()
        case .deleteBackward?: editor.deleteBackward()
        case .deleteForward?: editor.deleteForward()
        case .deleteToStart?: editor.deleteToStart()
        case .deleteWordBackward?: editor.deleteWordBackward()
        default:
            guard case let .character(character) = key else { return [] }
            editor.insert(String(character))
        }
        noteEditor = editor
        return []
    }

    /// Text pasted: into the note or the prompt being typed, whole; elsewhere it means nothing.
    mutating func paste(_ text: String) {
        if var editor = noteEditor {
            editor.insert(text)
            noteEditor = editor
        } else if var current = prompt {
            let line = NoteEditor.typeable(text)
            guard !line.isEmpty else { return }
            current.text += line
            current.selection = 0
            current.scroll = 0
            prompt = current
            refreshPrompt()
        }
    }

    /// What the workbook reported back.
    mutating func hear(from event: Event) {
        switch event {
        case let .answersLoaded(answers):
            workbook.load(answers)
            layOutAnswers()
        case let .answersNotLoaded(reason):
            workbook.problem = reason
            notice = "Answers cannot be kept: \(WorkbookAnswers.brief(reason))"
        case let .saved(answer):
            workbook.markSaved(answer)
            if answer.pageID == place.id { layOutAnswers() }
        case let .notSaved(answer, reason):
            workbook.markUnsaved(answer, reason: reason)
            notice = "Not saved: \(WorkbookAnswers.brief(reason))"
            if answer.pageID == place.id { layOutAnswers() }
        default:
            break
        }
    }

    /// After a key, on a page with items or a menu once the workbook is read: asks whether another
    /// session has changed the workbook, so that what the reader sees after any key is current.
    func refreshAfter(_ event: Event) -> [Effect] {
        guard case .key = event, workbook.isLoaded, noteEditor == nil, showsItems || (isList && place.results == nil) else { return [] }
        return [.refreshAnswers]
    }

    /// Asks for the workbook the first time it is needed: at start with `--workbook`, else when a
    /// page with checklist items is shown, so that a session that never meets one never opens it.
    mutating func requestAnswersIfNeeded() -> [Effect] {
        guard workbook.isKept, !workbook.isRequested, workbook.opensAtStart || showsItems else { return [] }
        workbook.isRequested = true
        return [.loadAnswers]
    }

    /// Whether the page on screen has checklist items (as far as it is laid out).
    var showsItems: Bool {
        !isList && document.targets.contains { if case .answer = $0.action { true } else { false } }
    }

    /// The focused item, if answers can be taken for it now; otherwise says why not.
    private mutating func itemToAnswer() -> TaskItem? {
        guard let item = focusedItem else {
            notice = "Select a checklist item first: Tab moves to the next one."
            return nil
        }
        guard workbook.isKept else {
            notice = "Answers are kept when browsing, not while presenting."
            return nil
        }
        if let problem = workbook.problem {
            notice = "Answers cannot be kept: \(WorkbookAnswers.brief(problem))"
            return nil
        }
        guard workbook.isLoaded else {
            notice = "The workbook is still opening."
            return nil
        }
        return item
    }

    /// Shows `answer` for `item` and asks the loop to keep it.
    private mutating func change(to answer: ItemAnswer, for item: TaskItem) -> [Effect] {
        var answer = answer
        answer.itemText = item.text
        workbook.set(answer)
        layOutAnswers()
        return [.save(answer)]
    }

    /// Lays the place out again with the answers as they now are, keeping the scroll, the focus
    /// and the current match.
    mutating func layOutAnswers() {
        let match = currentMatch
        relayout()
        if let match, matches.indices.contains(match) { currentMatch = match }
        if let focus = place.focus, !document.targets.indices.contains(focus) { place.focus = isList ? 0 : nil }
        clampScroll()
        if place.focus != nil { scrollToFocus() }
    }
}

private extension String {
    /// The text without spaces at either end.
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

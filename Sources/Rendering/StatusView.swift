import Catalog
import Layout
import Navigation

/// The second line from the bottom: the prompt while typing; otherwise a notice or the focused
/// link's destination or the section the top line is in on the left, and the position (`3 of 6`, `42%`, `match 2 of 5`) on the right.
enum StatusView {
    static func draw(_ state: State, on screen: inout Screen) {
        let row = state.frame.size.rows - 2
        let width = state.frame.size.columns
        let glyphs = state.glyphs
        if let prompt = state.prompt {
            let sign = prompt.kind == .search ? "/" : ":"
            let count = prompt.kind == .search ? Count.of(prompt.pages.count, "page", "pages") : ""
            let right = count.isEmpty ? "" : " " + count + " "
            let room = max(1, width - DisplayWidth.of(right) - 2)
            // What is before the cursor keeps its end in view; what is after it shows as far as it fits.
            let characters = Array(prompt.text)
            var before = glyphs.text(String(characters[..<min(prompt.cursor, characters.count)]))
            while DisplayWidth.of(before) > room - 1, !before.isEmpty { before.removeFirst() }
            let after = DisplayWidth.truncate(glyphs.text(String(characters[min(prompt.cursor, characters.count)...])),
                                              to: max(0, room - DisplayWidth.of(before)), ellipsis: "")
            let left = " " + sign + before + after
            let gap = max(0, width - DisplayWidth.of(left) - DisplayWidth.of(right))
            screen.draw([Span(left, Style(.notice, bold: true)), Span(String(repeating: " ", count: gap)), Span(right, Style(.muted))], at: row)
            screen.cursor = Screen.Cursor(row: row, column: min(width - 1, 2 + DisplayWidth.of(before)))
            return
        }
        if let editor = state.noteEditor {
            drawNote(editor, state: state, on: &screen)
            return
        }
        let position = " " + self.position(for: state) + " "
        var left = ""
        var leftStyle = Style(.muted)
        if let notice = state.notice {
            left = glyphs.text(notice)
            leftStyle = Style(.notice, bold: true)
        } else if state.overlay == nil, !state.isList, let focus = state.place.focus,
                  state.document.targets.indices.contains(focus) {
            switch state.document.targets[focus].action {
            case let .open(id, _): left = "\(glyphs.right) " + glyphs.text(state.catalog[id].title)
            case let .external(url): left = "\(glyphs.right) " + glyphs.text(url)
            case .answer: left = state.focusedItem.map { itemStatus($0, state: state) } ?? ""
            }
        } else if state.overlay == nil, let section = state.topSection {
            left = glyphs.text(section)
        }
        let room = max(0, width - DisplayWidth.of(position) - 1)
        let shownLeft = " " + DisplayWidth.truncateAtWord(left, to: max(0, room - 1), ellipsis: glyphs.ellipsis)
        let gap = max(0, width - DisplayWidth.of(shownLeft) - DisplayWidth.of(position))
        // The position changes with almost every key: in the body's colours, redrawing it needs
        // no colour change and no reset after it (19 of the bytes a page turn writes).
        screen.draw([Span(shownLeft, leftStyle), Span(String(repeating: " ", count: gap)), Span(position)], at: row)
    }

    /// The note being written, after its label, scrolled sideways so the caret is always on
    /// screen; the terminal's cursor is put at the caret.
    static func drawNote(_ editor: NoteEditor, state: State, on screen: inout Screen) {
        let row = state.frame.size.rows - 2
        let width = state.frame.size.columns
        let label = " Note: "
        let room = max(1, width - DisplayWidth.of(label) - 1)
        // Each character is folded on its own, so the caret's place among them still holds in ASCII.
        let shown = editor.characters.map { state.glyphs.text(String($0)) }
        var start = 0
        while start < editor.caret, DisplayWidth.of(shown[start..<editor.caret].joined()) > room - 1 { start += 1 }
        let visible = DisplayWidth.truncate(shown[start...].joined(), to: room, ellipsis: "")
        let caretColumn = DisplayWidth.of(label) + DisplayWidth.of(shown[start..<editor.caret].joined())
        let gap = max(0, width - DisplayWidth.of(label) - DisplayWidth.of(visible))
        screen.draw([Span(label, Style(.notice, bold: true)), Span(visible), Span(String(repeating: " ", count: gap))], at: row)
        screen.cursor = Screen.Cursor(row: row, column: min(width - 1, caretColumn))
    }

    /// What the status line says of a selected checklist item: its answer in words, whether it
    /// is kept, and the keys that answer it.
    static func itemStatus(_ item: TaskItem, state: State) -> String {
        let answer = state.answer(to: item)
        let words = answer?.choice.map { "Answer: " + $0.words } ?? "Unanswered"
        if let reason = state.workbook.unsaved[item.page]?[item.key] { return "\(words), not saved: \(WorkbookAnswers.brief(reason))" }
        let keys = "\(Keymap.keyName(for: .answer, in: .page)) answers, \(Keymap.keyName(for: .annotate, in: .page)) "
            + (answer?.note.isEmpty ?? true ? "adds a note" : "edits the note")
        return "\(words) \(state.glyphs.dot) \(keys)"
    }

    /// `3 of 6` in a list; `Top`, `42%`, `Bot` or `All` on a page, after `match 2 of 5 · page 1 of 3`
    /// during a search; `Help` or `Info` over the page.
    static func position(for state: State) -> String {
        switch state.overlay {
        case .help: return "Help"
        case .citation: return "Reference"
        case let .outline(outline): return "Outline \(state.glyphs.dot) \(outline.selection + 1) of \(outline.entries.count)"
        case let .info(scroll):
            let lines = state.infoLines.count, rows = state.frame.bodyRows
            guard lines > rows else { return "Info" }
            let at = scroll == 0 ? "Top" : scroll >= lines - rows ? "Bot" : "\(min(scroll + rows, lines) * 100 / lines)%"
            return "Info \(state.glyphs.dot) \(at)"
        case nil: break
        }
        if state.isList {
            let count = state.document.targets.count
            return count == 0 ? "0 of 0" : "\((state.place.focus ?? 0) + 1) of \(count)"
        }
        var parts: [String] = []
        if let search = state.search {
            if !state.matches.isEmpty {
                let current = state.currentMatch.map { "match \($0 + 1) of \(state.matches.count)" } ?? Count.of(state.matches.count, "match", "matches")
                parts.append(current)
            }
            if let index = search.hits.firstIndex(of: state.place.id) {
                parts.append("page \(index + 1) of \(search.hits.count)")
            }
        }
        let lines = state.document.lines.count
        let rows = state.frame.bodyRows
        let bottom = min(lines, state.place.scroll + rows)
        if lines <= rows {
            parts.append("All")
        } else if state.place.scroll == 0 {
            parts.append("Top")
        } else if state.isLayingOut {
            // The length is not known yet, so neither is the percentage.
            parts.append(state.glyphs.ellipsis)
        } else if bottom >= lines {
            parts.append("Bot")
        } else {
            parts.append("\(bottom * 100 / lines)%")
        }
        return parts.joined(separator: " \(state.glyphs.dot) ")
    }
}

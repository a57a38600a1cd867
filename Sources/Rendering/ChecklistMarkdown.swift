import Catalog

/// A filled-in checklist as Markdown: a heading per page and per group of items, a numbered list
/// of items with their mark and answer in words and their note. Text from content or from a
/// reader is escaped, so a note can never become a link, markup or HTML.
public enum ChecklistMarkdown {
    /// The Markdown of workbook `name` filled as `checklist`.
    public static func document(name: String, checklist: FilledChecklist) -> String {
        let progress = checklist.progress
        var text = "# Workbook \(escape(name))\n\n\(progress.answered) of \(Count.of(progress.items, "item", "items")) answered.\n"
        for page in checklist.pages {
            text += "\n## " + (page.number.isEmpty ? "" : page.number + " ") + escape(page.title) + "\n"
            var heading: String?
            var listOpen = false
            for entry in page.entries {
                if let group = entry.item.heading, group != heading {
                    text += "\n### " + escape(group) + "\n"
                    listOpen = false
                }
                heading = entry.item.heading
                if !listOpen { text += "\n"; listOpen = true }
                text += "\(entry.item.position + 1). " + line(mark: entry.answer?.choice, text: entry.item.text, note: entry.answer?.note ?? "")
            }
        }
        if !checklist.gone.isEmpty {
            text += "\n## " + FilledChecklist.goneHeading + "\n\n"
            for answer in checklist.gone {
                text += "- " + line(mark: answer.choice, text: answer.itemText, note: answer.note,
                                    origin: "\(answer.pageID), " + ChangeTime.text(answer.changedAt))
            }
        }
        if !checklist.room.isEmpty {
            text += "\n## " + FilledChecklist.roomHeading + "\n\n"
            for result in checklist.room {
                text += "- " + escape(result.text) + " (" + escape("\(result.pageID), " + ChangeTime.text(result.closedAt)) + ")  \n  "
                    + escape("\(result.answered) of \(Count.of(result.headCount, "attendee", "attendees")) answered: " + result.tallyText) + "\n"
            }
        }
        return text
    }

    private static func line(mark choice: AnswerChoice?, text: String, note: String, origin: String? = nil) -> String {
        var line = escape(AnswerChoice.mark(for: choice)) + " " + escape(text)
        if let choice { line += " *(\(choice.words))*" }
        if let origin { line += " (" + escape(origin) + ")" }
        line += "\n"
        if !note.isEmpty { line += "   \n   Note: " + escape(note) + "\n" }
        return line
    }

    /// `text` on one line, control characters made visible, and every ASCII punctuation mark
    /// backslash-escaped (CommonMark reads any of them escaped as itself).
    static func escape(_ text: String) -> String {
        var result = ""
        for character in VisibleText.make(text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")) {
            if character.isASCII, character.isPunctuation || character.isSymbol { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

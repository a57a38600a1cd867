import Catalog
import Layout

/// A filled-in checklist as plain text (`toolkit workbook show`): each page with items, each item
/// numbered with its mark and its note, then the answers whose item is gone. Every text from
/// content or from a reader has its control characters made visible and is kept to one line.
public enum ChecklistText {
    /// The text of workbook `name` filled as `checklist`.
    public static func document(name: String, checklist: FilledChecklist, glyphs: Glyphs) -> String {
        /// `text` on one line with nothing a terminal would act on.
        func safe(_ text: String) -> String {
            glyphs.text(VisibleText.make(text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")))
        }
        let progress = checklist.progress
        var text = "Workbook \"\(safe(name))\": \(progress.answered) of \(Count.of(progress.items, "item", "items")) answered\n"
        for page in checklist.pages {
            text += "\n" + (page.number.isEmpty ? "" : page.number + " ") + safe(page.title) + " (\(page.page))\n"
            var heading: String?
            for entry in page.entries {
                if let group = entry.item.heading, group != heading {
                    text += "\n  " + safe(group) + "\n"
                }
                heading = entry.item.heading
                let number = String(entry.item.position + 1)
                text += String(repeating: " ", count: max(0, 4 - number.count)) + number + ". "
                    + glyphs.mark(for: entry.answer?.choice) + " " + safe(entry.item.text) + "\n"
                if let note = entry.answer?.note, !note.isEmpty {
                    text += "          Note: " + safe(note) + "\n"
                }
            }
        }
        if !checklist.gone.isEmpty {
            text += "\n" + FilledChecklist.goneHeading + "\n"
            var page: PageID?
            for answer in checklist.gone {
                if answer.pageID != page { text += "\n  " + safe(answer.pageID.description) + "\n" }
                page = answer.pageID
                text += "    " + glyphs.mark(for: answer.choice) + " " + safe(answer.itemText)
                    + " (" + ChangeTime.text(answer.changedAt) + ")\n"
                if !answer.note.isEmpty { text += "          Note: " + safe(answer.note) + "\n" }
            }
        }
        if !checklist.room.isEmpty {
            text += "\n" + FilledChecklist.roomHeading + "\n"
            for result in checklist.room {
                text += "\n  " + safe(result.text) + " (" + safe(result.pageID.description) + ", " + ChangeTime.text(result.closedAt) + ")\n"
                text += "    \(result.answered) of \(Count.of(result.headCount, "attendee", "attendees")) answered: " + safe(result.tallyText) + "\n"
            }
        }
        return text
    }
}

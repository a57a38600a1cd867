import Catalog

/// A filled-in checklist as one printable HTML file styled like the handout: a section per page
/// with items, each item with its mark, its answer in words and its note; then the answers whose
/// item is gone. Nothing is fetched and every text is escaped.
public enum ChecklistHTML {
    /// The HTML document of workbook `name` filled as `checklist`.
    public static func document(name: String, checklist: FilledChecklist, catalog: Catalog) -> String {
        let progress = checklist.progress
        let title = "Workbook " + name + " \u{B7} " + catalog.root.title
        var html = HTMLHandout.opening(title: title, style: HandoutStylesheet.css + "\n" + stylesheet) + """
            <p class="progress">\(progress.answered) of \(Count.of(progress.items, "item", "items")) answered</p>
            </header>
            <main>

            """
        for page in checklist.pages {
            html += "<section class=\"page\">\n<h2>" + (page.number.isEmpty ? "" : "<span class=\"number\">\(HTMLText.escape(page.number))</span> ")
                + HTMLText.escape(page.title) + "</h2>\n" + items(page) + "</section>\n"
        }
        html += gone(checklist.gone) + room(checklist.room)
        return html + "</main>\n</body>\n</html>\n"
    }

    /// A page's items with their answers, as the handout shows them under the page.
    static func items(_ page: FilledChecklist.PageEntries) -> String {
        var html = ""
        var heading: String?
        var listOpen = false
        for entry in page.entries {
            if let group = entry.item.heading, group != heading {
                if listOpen { html += "</ol>\n"; listOpen = false }
                html += "<h3>\(HTMLText.escape(group))</h3>\n"
            }
            heading = entry.item.heading
            if !listOpen { html += "<ol class=\"answers\">\n"; listOpen = true }
            html += "<li value=\"\(entry.item.position + 1)\">" + item(entry.answer?.choice, entry.item.text, note: entry.answer?.note ?? "") + "</li>\n"
        }
        if listOpen { html += "</ol>\n" }
        return html
    }

    /// The answers whose item is gone, with the text they were given for; empty when none.
    static func gone(_ answers: [ItemAnswer]) -> String {
        guard !answers.isEmpty else { return "" }
        var html = "<section class=\"page gone\">\n<h2>\(FilledChecklist.goneHeading)</h2>\n<ul class=\"answers\">\n"
        for answer in answers {
            html += "<li>" + item(answer.choice, answer.itemText, note: answer.note,
                                  origin: "\(answer.pageID), " + ChangeTime.text(answer.changedAt)) + "</li>\n"
        }
        return html + "</ul>\n</section>\n"
    }

    /// What the room said to each closed question: its text, when, how many answered of how many
    /// followed, and each choice's count and share as text; empty when none.
    static func room(_ results: [RoomResult]) -> String {
        guard !results.isEmpty else { return "" }
        var html = "<section class=\"page room\">\n<h2>\(FilledChecklist.roomHeading)</h2>\n<ul class=\"answers\">\n"
        for result in results {
            html += "<li>" + HTMLText.escape(result.text) + " <span class=\"origin\">(\(HTMLText.escape("\(result.pageID), " + ChangeTime.text(result.closedAt))))</span>"
                + "<p class=\"tally\">\(result.answered) of \(Count.of(result.headCount, "attendee", "attendees")) answered: \(HTMLText.escape(result.tallyText))</p></li>\n"
        }
        return html + "</ul>\n</section>\n"
    }

    private static func item(_ choice: AnswerChoice?, _ text: String, note: String, origin: String? = nil) -> String {
        var html = "<span class=\"mark\">\(AnswerChoice.mark(for: choice))</span> " + HTMLText.escape(text)
        if let choice { html += " <em class=\"choice\">(\(choice.words))</em>" }
        if let origin { html += " <span class=\"origin\">(\(HTMLText.escape(origin)))</span>" }
        if !note.isEmpty { html += "<p class=\"note\">Note: \(HTMLText.escape(note))</p>" }
        return html
    }

    /// The marks in a fixed-width face so they line up, notes set off, and room to write by hand.
    static let stylesheet = """
        ol.answers, ul.answers { padding-left: 2.2em; }
        ol.answers li, ul.answers li { margin: 0.45em 0; break-inside: avoid; }
        ul.answers { list-style: none; }
        .mark { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-weight: bold; }
        .choice, .origin { color: #444; }
        p.note { margin: 0.2em 0 0 2.4em; padding-left: 0.6em; border-left: 3px solid #ccc; font-style: italic; overflow-wrap: anywhere; }
        .progress { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; color: #444; }
        """
}

import Catalog

/// The handout as one self-contained HTML file for a browser to show or print: the pages in the
/// order and with the numbers of `show --all`, each a section that in-page links lead to, with
/// its sources as links. Nothing in it is fetched from anywhere (its Content-Security-Policy
/// forbids it), and no content can add markup: text is escaped and bodies are made safe first.
public enum HTMLHandout {
    /// The policy the file declares: nothing may load but its own inline style.
    /// A self-contained page up to its title's heading: the policy that it fetches nothing, its
    /// title and its style, the same for the handout and a printed workbook.
    static func opening(title: String, style: String) -> String {
        """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
            <meta name="referrer" content="no-referrer">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <header id="top">
            <h1>\(HTMLText.escape(title))</h1>

            """
    }

    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; base-uri 'none'; form-action 'none'"

    /// `root` as an HTML document, with every page under it when `all` is set; with `answers`,
    /// each page with task items is followed by that workbook's answers to them, and the answers
    /// whose item is gone and what the room said close the document.
    public static func document(from root: PageID, in catalog: Catalog, all: Bool = true, answers: FilledChecklist? = nil) -> String {
        var entries: [(id: PageID, number: String)] = [(root, catalog.menuNumber(of: root))]
        if all {
            entries = []
            Handout.visit(root, number: catalog.menuNumber(of: root), in: catalog) { entries.append(($0, $1)) }
        }
        let sections = Set(entries.map(\.id))
        let numbers = Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0.number) })
        let rootPage = catalog[root]
        let documentTitle = root.isRoot ? rootPage.title : rootPage.title + " \u{B7} " + catalog.root.title

        var html = opening(title: documentTitle, style: HandoutStylesheet.css + (answers == nil ? "" : "\n" + ChecklistHTML.stylesheet))
        if let updated = catalog.root.updated {
            html += "<p class=\"updated\">Content of \(HTMLText.escape(updated))</p>\n"
        }
        if entries.count > 1 {
            html += "<nav class=\"contents\" aria-label=\"Contents\">\n<h2>Contents</h2>\n"
            html += "<ol>\n" + contentsItem(root, in: catalog, numbers: numbers) + "</ol>\n</nav>\n"
        }
        html += "</header>\n<main>\n"
        let answered = Dictionary(uniqueKeysWithValues: (answers?.pages ?? []).map { ($0.page, $0) })
        for entry in entries {
            html += section(entry.id, number: entry.number, in: catalog, sections: sections, numbers: numbers, answers: answered[entry.id])
        }
        if let answers { html += ChecklistHTML.gone(answers.gone) + ChecklistHTML.room(answers.room) }
        return html + "</main>\n</body>\n</html>\n"
    }

    /// The list item of `id` in the contents, with the pages under it as a nested list, each
    /// linking to its section.
    private static func contentsItem(_ id: PageID, in catalog: Catalog, numbers: [PageID: String]) -> String {
        var html = "<li>" + link(to: id, in: catalog, numbers: numbers)
        let children = catalog[id].children
        if !children.isEmpty {
            html += "\n<ol>\n" + children.map { contentsItem($0, in: catalog, numbers: numbers) }.joined() + "</ol>\n"
        }
        return html + "</li>\n"
    }

    private static func section(_ id: PageID, number: String, in catalog: Catalog, sections: Set<PageID>, numbers: [PageID: String],
                                answers: FilledChecklist.PageEntries? = nil) -> String {
        let page = catalog[id]
        var html = "<section id=\"\(HTMLText.fragment(for: id))\" class=\"page\(page.isMenu ? " section" : "")\">\n"
        html += "<h2>" + (number.isEmpty ? "" : "<span class=\"number\">\(HTMLText.escape(number))</span> ") + HTMLText.escape(page.title) + "</h2>\n"
        html += HTMLBody.html(of: page, sections: sections)
        if let answers {
            html += "<div class=\"workbook-answers\">\n<h3>Our answers</h3>\n" + ChecklistHTML.items(answers) + "</div>\n"
        }
        if page.isMenu {
            html += "<nav class=\"items\" aria-label=\"In this section\">\n<ul>\n"
            for child in page.children {
                let summary = catalog[child].summary
                html += "<li>" + link(to: child, in: catalog, numbers: numbers)
                    + (summary.isEmpty ? "" : " <span class=\"summary\">\u{2014} \(HTMLText.escape(summary))</span>") + "</li>\n"
            }
            html += "</ul>\n</nav>\n"
        } else {
            html += whatNext(in: catalog, sections: sections, numbers: numbers)
        }
        if !page.sources.isEmpty {
            html += "<div class=\"sources\">\n<h3>Sources</h3>\n<ul>\n"
            for source in page.sources {
                let text = HTMLText.escape(source)
                html += HTMLText.isSafeLink(source) ? "<li><a href=\"\(text)\">\(text)</a></li>\n" : "<li>\(text)</li>\n"
            }
            html += "</ul>\n</div>\n"
        }
        return html + "</section>\n"
    }

    /// The website's "What next?" block: the main sections and the toolkit menu, as links to
    /// their sections here; those the handout leaves out are left out.
    private static func whatNext(in catalog: Catalog, sections: Set<PageID>, numbers: [PageID: String]) -> String {
        let targets = (catalog.root.children + [.root]).filter { sections.contains($0) }
        guard !targets.isEmpty else { return "" }
        var html = "<nav class=\"what-next\" aria-label=\"What next?\">\n<h3>What next?</h3>\n<ul>\n"
        for target in targets {
            let title = target.isRoot ? "Toolkit menu" : catalog[target].title
            html += "<li><a href=\"#\(HTMLText.fragment(for: target))\">\(HTMLText.escape(title))</a></li>\n"
        }
        return html + "</ul>\n</nav>\n"
    }

    /// `<a href="#page-…">2.3 Title</a>`, or the title alone for a page the handout leaves out.
    private static func link(to id: PageID, in catalog: Catalog, numbers: [PageID: String]) -> String {
        guard let number = numbers[id] else { return HTMLText.escape(catalog[id].title) }
        let label = (number.isEmpty ? "" : "<span class=\"number\">\(HTMLText.escape(number))</span> ") + HTMLText.escape(catalog[id].title)
        return "<a href=\"#\(HTMLText.fragment(for: id))\">\(label)</a>"
    }
}

import Catalog
import Layout

/// Searching: the index, the search or go-to prompt's list, submitting it, and stepping through matches.
extension State {
    /// The search index, as far as it has been built.
    func index() -> SearchIndex { searchIndex.index }

    mutating func openPrompt(_ kind: Prompt.Kind) {
        if kind == .search && !searchIndex.index.isComplete {
            let index = searchIndex.index
            searchIndex.index = index.extended(steps: index.stepsBeforePages + State.searchStepsOnOpening)
        }
        prompt = Prompt(kind: kind, text: "", list: document, pages: [], selection: 0, scroll: 0)
        refreshPrompt()
    }

    /// Rebuilds the prompt's list for what has been typed, selecting its first entry.
    mutating func refreshPrompt() {
        guard var prompt else { return }
        let layout = ListLayout(width: frame.textWidth, glyphs: glyphs)
        switch prompt.kind {
        case .search:
            let results = index().results(for: prompt.text, completing: true)
            prompt.pages = results.hits.prefix(ListLayout.mostPagesListed).map(\.id)
            prompt.suggestion = results.suggestion
            prompt.query = results.query
            prompt.list = layout.results(results.hits, query: results.searched, typed: prompt.text, suggestion: results.suggestion, in: catalog,
                                         progress: searchProgress)
            prompt.matches = prompt.list.matches(of: results.query)
        case .goTo:
            prompt.pages = GoToCandidates.find(prompt.text, in: catalog)
            prompt.list = layout.candidates(prompt.pages, in: catalog)
            prompt.matches = []
        }
        prompt.selection = min(prompt.selection, max(0, prompt.pages.count - 1))
        self.prompt = prompt
        scrollPromptToSelection()
    }

    mutating func scrollPromptToSelection() {
        guard var prompt, prompt.list.targets.indices.contains(prompt.selection) else { return }
        let target = prompt.list.targets[prompt.selection]
        prompt.scroll = State.scroll(prompt.scroll, showing: target, rows: frame.bodyRows, isFirst: prompt.selection == 0)
        self.prompt = prompt
    }

    mutating func submit(_ submitted: Prompt) {
        prompt = nil
        guard submitted.pages.indices.contains(submitted.selection) else {
            let typed = SearchWording.echo(submitted.text, glyphs: glyphs)
            notice = submitted.kind == .search ? "No pages match \(typed)." : "No page matches \(typed)."
            return
        }
        let target = submitted.pages[submitted.selection]
        history.append(place)
        forward = []
        switch submitted.kind {
        case .goTo:
            go(to: target, anchor: nil)
        case .search:
            let searched = searchedText(submitted)
            search = SearchSession(query: SearchQuery(searched), hits: submitted.pages)
            place = Place(id: place.id, scroll: 0, focus: submitted.selection, results: searched)
            relayout()
            scrollToFocus()
            history.append(place)
            go(to: target, anchor: nil)
            if let first = matches.indices.first { moveToMatch(first) }
            if let suggestion = submitted.suggestion, searched == suggestion {
                notice = SearchWording.respelling(typed: submitted.text, searched: searched, suggestion: suggestion, glyphs: glyphs)
            }
        }
    }

    /// What a submitted search looked for, as a query that finds the same pages without being
    /// typed: a last word still being completed gets a `*` when it was not yet a word of its own.
    mutating func searchedText(_ submitted: Prompt) -> String {
        guard let query = submitted.query else { return submitted.text }
        guard query.isCompleting, index().search(query.text).map(\.id) != submitted.pages else { return query.text }
        return query.text + "*"
    }

    mutating func stepMatch(forward: Bool) {
        guard let search else {
            notice = "No search yet: / searches every page."
            return
        }
        let current = currentMatch
        let candidate: Int?
        if let current {
            candidate = forward ? (current + 1 < matches.count ? current + 1 : nil) : (current > 0 ? current - 1 : nil)
        } else if forward {
            candidate = matches.firstIndex { $0.row >= place.scroll }
        } else {
            candidate = matches.lastIndex { $0.row < place.scroll + frame.bodyRows }
        }
        if let candidate {
            moveToMatch(candidate)
            return
        }
        let step = forward ? 1 : -1
        let here = search.hits.firstIndex(of: place.id) ?? (forward ? -1 : search.hits.count)
        guard search.hits.indices.contains(here + step) else {
            notice = forward ? "That was the last match of the last page." : "That was the first match of the first page."
            return
        }
        history.append(place)
        self.forward = []
        go(to: search.hits[here + step], anchor: nil)
        if let next = forward ? matches.indices.first : matches.indices.last { moveToMatch(next) }
    }

    /// Makes a match current and scrolls it into view, a little below the top.
    mutating func moveToMatch(_ index: Int) {
        currentMatch = index
        let row = matches[index].row
        if row < place.scroll || row >= place.scroll + frame.bodyRows {
            place.scroll = row - min(2, frame.bodyRows / 3)
            clampScroll()
        }
        guard let focus = place.focus, !isVisible(focus) else { return }
        // A menu always shows its selection: an item on screen takes it, or, in a window too
        // short for the match and any item, the selection wins over the match.
        if isList {
            if let visible = document.targets.indices.first(where: isVisible) { place.focus = visible } else { scrollToFocus() }
        } else {
            place.focus = nil
        }
    }
}

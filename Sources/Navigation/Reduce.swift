import Catalog
import Layout

/// The state machine: the state after `event`, and the effects the program must perform.
/// Pure: no I/O, no clock, no terminal.
public func reduce(_ state: State, _ event: Event) -> (state: State, effects: [Effect]) {
    var next = state
    let effects = next.apply(event)
    return (next, effects)
}

extension State {
    mutating func apply(_ event: Event) -> [Effect] {
        switch event {
        case let .resized(newSize):
            resize(to: newSize)
            return [.repaint]
        case .interrupted:
            isFinished = true
            return []
        case .tick, .shared, .shareClosed:
            return []
        case .idle:
            layOut(toRow: document.lines.count + State.linesPerIdleStep)
            return []
        case let .mouse(mouse):
            notice = nil
            guard overlay == nil, prompt == nil else { return [] }
            handle(mouse)
            return []
        case let .key(key):
            notice = nil
            if prompt != nil { return type(key) }
            guard let command = Keymap.command(for: key, in: context) else { return [] }
            return perform(command)
        }
    }

    private mutating func perform(_ command: Command) -> [Effect] {
        if overlay != nil {
            if case let .help(scroll) = overlay { overlay = .help(scroll: helpScroll(after: command, from: scroll)) }
            switch command {
            case .close: overlay = nil
            case .repaint: return [.repaint]
            default: break
            }
            return []
        }
        switch command {
        case .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom:
            if isList { moveSelection(command) } else { scrollPage(command) }
        case .open:
            if let focus = place.focus, document.targets.indices.contains(focus) {
                follow(document.targets[focus].action)
            } else {
                notice = "No link is selected: Tab selects the next one."
            }
        case let .pick(number):
            guard isList, document.targets.indices.contains(number - 1) else { return [] }
            place.focus = number - 1
            follow(document.targets[number - 1].action)
        case .nextLink, .previousLink:
            moveLinkFocus(forward: command == .nextLink)
        case .back:
            goBack()
        case .forward:
            goForward()
        case .nextSibling, .previousSibling:
            goToSibling(step: command == .nextSibling ? 1 : -1)
        case .up:
            goUp()
        case .search:
            openPrompt(.search)
        case .goTo:
            openPrompt(.goTo)
        case .nextMatch, .previousMatch:
            stepMatch(forward: command == .nextMatch)
        case .info:
            overlay = .info
        case .help:
            overlay = .help(scroll: 0)
        case .close:
            if search != nil && place.results == nil {
                search = nil
                matches = []
                currentMatch = nil
            }
        case .repaint:
            return [.repaint]
        case .quit:
            isFinished = true
        case .submit, .complete, .deleteBackward, .nextItem, .previousItem, .jump, .pauseTimer, .blank, .toggleFollowing:
            break
        }
        return []
    }

    // MARK: Moving within a page or list

    private func helpScroll(after command: Command, from scroll: Int) -> Int {
        HelpScroll.after(command, from: scroll, count: Keymap.helpLines(arrows: .symbols).count, rows: frame.bodyRows)
    }

    private mutating func moveSelection(_ command: Command) {
        let count = document.targets.count
        guard count > 0 else {
            scrollPage(command)
            return
        }
        let current = place.focus ?? 0
        let itemsPerScreen = max(1, frame.bodyRows / 2)
        let next: Int
        switch command {
        case .moveDown: next = current + 1
        case .moveUp: next = current - 1
        case .pageDown: next = current + itemsPerScreen
        case .pageUp: next = current - itemsPerScreen
        case .top: next = 0
        default: next = count - 1
        }
        place.focus = min(max(0, next), count - 1)
        if command == .bottom { place.scroll = maximumScroll }
        scrollToFocus()
    }

    private mutating func scrollPage(_ command: Command) {
        let rows = frame.bodyRows
        switch command {
        case .moveDown: place.scroll += 1
        case .moveUp: place.scroll -= 1
        case .pageDown: place.scroll += rows
        case .pageUp: place.scroll -= rows
        case .top: place.scroll = 0
        default:
            layOutAll()
            place.scroll = maximumScroll
        }
        clampScroll()
        if let focus = place.focus, !isVisible(focus) { place.focus = nil }
    }

    private mutating func moveLinkFocus(forward: Bool) {
        if forward, isLayingOut {
            let hasNext = place.focus.map { $0 + 1 < document.targets.count } ?? document.targets.contains { $0.lastRow >= place.scroll }
            if !hasNext { layOutAll() }
        }
        let targets = document.targets
        guard !targets.isEmpty else {
            notice = "This page has no links."
            return
        }
        let candidate: Int?
        if let focus = place.focus {
            candidate = forward ? (focus + 1 < targets.count ? focus + 1 : nil) : (focus > 0 ? focus - 1 : nil)
        } else if forward {
            candidate = targets.firstIndex { $0.lastRow >= place.scroll }
        } else {
            candidate = targets.lastIndex { $0.firstRow < place.scroll + frame.bodyRows }
        }
        guard let candidate else {
            notice = forward ? "That was the last link." : "That was the first link."
            return
        }
        place.focus = candidate
        scrollToFocus()
    }

    private mutating func handle(_ mouse: Mouse) {
        switch mouse {
        case .wheelUp, .wheelDown:
            let step = mouse == .wheelUp ? -3 : 3
            if isList {
                let count = document.targets.count
                place.focus = min(max(0, (place.focus ?? 0) + step.signum()), max(0, count - 1))
                scrollToFocus()
            } else {
                place.scroll += step
                clampScroll()
                if let focus = place.focus, !isVisible(focus) { place.focus = nil }
            }
        case let .click(row, column):
            guard let target = target(atScreenRow: row, column: column) else { return }
            place.focus = target
            follow(document.targets[target].action)
        }
    }

    /// The target drawn at a screen cell, if any.
    private func target(atScreenRow row: Int, column: Int) -> Int? {
        let line = place.scroll + row - frame.bodyTop
        guard !frame.isTooSmall, (0..<frame.bodyRows).contains(row - frame.bodyTop), document.lines.indices.contains(line) else {
            return nil
        }
        var start = frame.margin
        for span in document.lines[line].spans {
            let end = start + span.width
            if let target = span.target, isList || (start..<end).contains(column) { return target }
            start = end
        }
        return nil
    }

    // MARK: Going places

    private mutating func follow(_ action: TargetAction) {
        switch action {
        case let .external(url):
            notice = "Web link (open it in a browser): \(url)"
        case let .open(id, anchor):
            let fromResults = place.results != nil
            history.append(place)
            forward = []
            go(to: id, anchor: anchor)
            if fromResults, let first = matches.indices.first { moveToMatch(first) }
        }
    }

    /// Shows `id` (at `anchor`, with `focus` selected in a menu) without touching the history.
    private mutating func go(to id: PageID, anchor: String?, focus: Int? = nil) {
        place = Place(id: id, scroll: 0, focus: catalog[id].isMenu ? (focus ?? 0) : nil)
        relayout()
        if let anchor, document.anchors[anchor] == nil { layOutAll() }
        if let anchor, let row = document.anchors[anchor] {
            place.scroll = row
            clampScroll()
        } else {
            scrollToFocus()
        }
    }

    /// Lays out the current place again and finds the search's matches in it.
    private mutating func relayout() {
        layOutPlace()
        // Match counts and n/N need every match of the page.
        if search != nil { layOutAll() }
        currentMatch = nil
        if let search, place.results == nil, !page.isMenu {
            matches = document.matches(of: search.query)
        } else if let query = place.results {
            matches = document.matches(of: SearchQuery(query))
        } else {
            matches = []
        }
    }

    private mutating func restore(_ saved: Place) {
        let sameDocument = saved.id == place.id && saved.results == place.results
        place = saved
        if let query = saved.results {
            search = SearchSession(query: SearchQuery(query), hits: index().search(query).map(\.id))
        }
        if !sameDocument { relayout() }
        clampScroll()
        if let focus = place.focus, !document.targets.indices.contains(focus) { place.focus = isList ? 0 : nil }
        if isList {
            scrollToFocus()
        } else if let focus = place.focus, !isVisible(focus) {
            place.focus = nil
        }
    }

    private mutating func goBack() {
        if let previous = history.popLast() {
            forward.append(place)
            restore(previous)
        } else if place.results == nil, let parent = place.id.parent {
            let index = catalog[parent].children.firstIndex(of: place.id)
            forward.append(place)
            go(to: parent, anchor: nil, focus: index)
        }
    }

    private mutating func goForward() {
        guard let next = forward.popLast() else {
            notice = "Nothing to go forward to."
            return
        }
        history.append(place)
        restore(next)
    }

    private mutating func goToSibling(step: Int) {
        guard place.results == nil, let parent = place.id.parent,
              let index = catalog[parent].children.firstIndex(of: place.id) else {
            notice = "The toolkit menu has no neighbours."
            return
        }
        let siblings = catalog[parent].children
        guard siblings.indices.contains(index + step) else {
            notice = step > 0 ? "This is the last page of \(catalog[parent].shortTitle)." : "This is the first page of \(catalog[parent].shortTitle)."
            return
        }
        history.append(place)
        forward = []
        go(to: siblings[index + step], anchor: nil)
    }

    private mutating func goUp() {
        guard let parent = place.id.parent else {
            notice = "This is the toolkit menu."
            return
        }
        history.append(place)
        forward = []
        go(to: parent, anchor: nil, focus: catalog[parent].children.firstIndex(of: place.id))
    }

    // MARK: Search and go-to

    /// The search index, built now if this is the first search.
    private mutating func index() -> SearchIndex {
        if let index = searchIndex.index { return index }
        let built = SearchIndex(catalog)
        searchIndex.index = built
        return built
    }

    private mutating func openPrompt(_ kind: Prompt.Kind) {
        if kind == .search { _ = index() }
        prompt = Prompt(kind: kind, text: "", list: document, pages: [], selection: 0, scroll: 0)
        refreshPrompt()
    }

    /// Rebuilds the prompt's list for what has been typed, selecting its first entry.
    private mutating func refreshPrompt() {
        guard var prompt else { return }
        let width = frame.textWidth
        switch prompt.kind {
        case .search:
            let hits = index().search(prompt.text)
            prompt.pages = hits.map(\.id)
            prompt.list = ListLayout.results(hits, query: prompt.text, in: catalog, width: width, glyphs: glyphs)
        case .goTo:
            prompt.pages = GoToCandidates.find(prompt.text, in: catalog)
            prompt.list = ListLayout.candidates(prompt.pages, in: catalog, width: width, glyphs: glyphs)
        }
        prompt.selection = min(prompt.selection, max(0, prompt.pages.count - 1))
        self.prompt = prompt
        scrollPromptToSelection()
    }

    private mutating func scrollPromptToSelection() {
        guard var prompt, prompt.list.targets.indices.contains(prompt.selection) else { return }
        let target = prompt.list.targets[prompt.selection]
        prompt.scroll = State.scroll(prompt.scroll, showing: target, rows: frame.bodyRows, isFirst: prompt.selection == 0)
        self.prompt = prompt
    }

    /// A key while the prompt is open: commands from the keymap, any other character typed.
    private mutating func type(_ key: Key) -> [Effect] {
        guard var current = prompt else { return [] }
        switch Keymap.command(for: key, in: .prompt) {
        case .close?:
            prompt = nil
        case .repaint?:
            return [.repaint]
        case .deleteBackward?:
            if current.text.isEmpty {
                prompt = nil
            } else {
                current.text.removeLast()
                current.selection = 0
                prompt = current
                refreshPrompt()
            }
        case .moveDown?, .moveUp?:
            let step = Keymap.command(for: key, in: .prompt) == .moveDown ? 1 : -1
            current.selection = min(max(0, current.selection + step), max(0, current.pages.count - 1))
            prompt = current
            scrollPromptToSelection()
        case .complete?:
            guard current.kind == .goTo, current.pages.indices.contains(current.selection) else { break }
            current.text = current.pages[current.selection].path
            prompt = current
            refreshPrompt()
        case .submit?:
            submit(current)
        default:
            guard case let .character(character) = key, !character.unicodeScalars.contains(where: VisibleText.needsEscaping) else { break }
            current.text.append(character)
            current.selection = 0
            current.scroll = 0
            prompt = current
            refreshPrompt()
        }
        return []
    }

    private mutating func submit(_ submitted: Prompt) {
        prompt = nil
        guard submitted.pages.indices.contains(submitted.selection) else {
            notice = submitted.kind == .search ? "No pages match \"\(submitted.text)\"." : "No page matches \"\(submitted.text)\"."
            return
        }
        let target = submitted.pages[submitted.selection]
        history.append(place)
        forward = []
        switch submitted.kind {
        case .goTo:
            go(to: target, anchor: nil)
        case .search:
            search = SearchSession(query: SearchQuery(submitted.text), hits: submitted.pages)
            place = Place(id: place.id, scroll: 0, focus: submitted.selection, results: submitted.text)
            relayout()
            scrollToFocus()
            history.append(place)
            go(to: target, anchor: nil)
            if let first = matches.indices.first { moveToMatch(first) }
        }
    }

    private mutating func stepMatch(forward: Bool) {
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
    private mutating func moveToMatch(_ index: Int) {
        currentMatch = index
        let row = matches[index].row
        if row < place.scroll || row >= place.scroll + frame.bodyRows {
            place.scroll = row - min(2, frame.bodyRows / 3)
            clampScroll()
        }
        if let focus = place.focus, !isVisible(focus) { place.focus = nil }
    }

    // MARK: Resizing

    private mutating func resize(to newSize: Size) {
        guard newSize != size else { return }
        let oldWidth = frame.textWidth
        let topOrigin = document.lines.indices.contains(place.scroll) ? document.lines[place.scroll].origin : nil
        let match = currentMatch.map { matches[$0] }
        size = newSize
        if frame.textWidth != oldWidth {
            relayout()
            if let topOrigin, place.scroll > 0 {
                layOut(throughBlock: topOrigin)
                place.scroll = document.firstRow(ofOrigin: topOrigin)
            }
            if match != nil, !matches.isEmpty {
                currentMatch = matches.firstIndex { $0.row >= place.scroll }
            }
            if prompt != nil { refreshPrompt() }
        }
        clampScroll()
        if isList || place.focus != nil { scrollToFocus() }
        if prompt != nil { scrollPromptToSelection() }
        if case let .help(scroll) = overlay { overlay = .help(scroll: helpScroll(after: .close, from: scroll)) }
    }
}

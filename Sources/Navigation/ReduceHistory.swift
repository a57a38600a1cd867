import Catalog
import Layout

/// Going places, and Back and Forward through where the reader has been.
extension State {
    mutating func follow(_ action: TargetAction) {
        switch action {
        case let .external(url):
            notice = "Web link (open it in a browser): \(url)"
            // The status line cuts what does not fit; the info screen shows the address whole.
            if let notice, DisplayWidth.of(notice) > size.columns - 8,
               let key = Keymap.bindings.first(where: { $0.command == .info && $0.contexts.contains(context) })?.keys.first {
                self.notice = "Web link (\(key.name(arrows: .symbols)) shows it whole): \(url)"
            }
        case .answer:
            notice = "\(Keymap.keyName(for: .answer, in: .page)) answers this checklist item; "
                + "\(Keymap.keyName(for: .annotate, in: .page)) writes a note on it."
        case let .open(id, anchor):
            let fromResults = place.results != nil
            history.append(place)
            forward = []
            go(to: id, anchor: anchor)
            if fromResults, let first = matches.indices.first { moveToMatch(first) }
        }
    }

    /// Shows `id` (at `anchor`, with `focus` selected in a menu) without touching the history.
    mutating func go(to id: PageID, anchor: String?, focus: Int? = nil) {
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
    mutating func relayout() {
        layOutPlace()
        // Match counts and n/N need every match of the page.
        if search != nil { layOutAll() }
        currentMatch = nil
        if let search, place.results == nil {
            matches = document.matches(of: search.query, before: searchedOrigins)
        } else if let query = place.results {
            matches = document.matches(of: SearchQuery(query))
        } else {
            matches = []
        }
    }

    mutating func restore(_ saved: Place) {
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

    mutating func goBack() {
        if let previous = history.popLast() {
            forward.append(place)
            restore(previous)
        } else if place.results == nil, let parent = place.id.parent {
            let index = catalog[parent].children.firstIndex(of: place.id)
            forward.append(place)
            go(to: parent, anchor: nil, focus: index)
        }
    }

    mutating func goForward() {
        guard let next = forward.popLast() else {
            notice = "Nothing to go forward to."
            return
        }
        history.append(place)
        restore(next)
    }

    mutating func goToSibling(step: Int) {
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

    mutating func goUp() {
        guard let parent = place.id.parent else {
            notice = "This is the toolkit menu."
            return
        }
        history.append(place)
        forward = []
        go(to: parent, anchor: nil, focus: catalog[parent].children.firstIndex(of: place.id))
    }
}

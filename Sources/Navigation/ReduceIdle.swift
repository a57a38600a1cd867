import Catalog
import Layout

/// The work done while no key waits, most urgent first: the rest of a long page; the front
/// matter the search index needs for menu order (a third of a second on 10,000 pages), so that
/// a search opened later starts indexing at once; the search index when a search waits on it;
/// reading ahead for "Linked from"; then the rest of the search index.
extension State {
    /// How many steps of indexing pages opening the search prompt takes at once, after reading
    /// whatever front matter is left: enough to finish a toolkit of a couple of hundred pages,
    /// so it answers as if it were built; a larger one answers from what is indexed while the
    /// rest is built between keys.
    static let searchStepsOnOpening = 12

    /// Whether a search waits on the index: the prompt or a results list on screen, or a
    /// confirmed search whose pages `n` steps through.
    var isSearching: Bool { prompt?.kind == .search || place.results != nil || search != nil }

    mutating func idle() -> [Effect] {
        if isLayingOut {
            layOut(toRow: document.lines.count + State.linesPerIdleStep)
            return []
        }
        let index = searchIndex.index
        if catalog.hasPagesToReadAhead && index.stepsBeforePages == 0 && !(isSearching && !index.isComplete) {
            return [.readAhead(catalog)]
        }
        if !index.isComplete { buildSearchIndex(steps: 1) }
        return []
    }

    /// Builds the index further; what is on screen is searched again each time another tenth of
    /// the pages is indexed and when the last is, so that results grow without each step paying
    /// for a search.
    mutating func buildSearchIndex(steps: Int) {
        let before = searchIndex.index
        searchIndex.index = before.extended(steps: steps)
        let after = searchIndex.index
        let tenth = max(1, after.pageCount / 10)
        guard after.pagesIndexed / tenth != before.pagesIndexed / tenth || (after.isComplete && !before.isComplete) else { return }
        if let query = search?.query { search?.hits = after.search(query).map(\.id) }
        if prompt?.kind == .search { refreshPrompt() }
        if place.results != nil {
            relayout()
            if let focus = place.focus { place.focus = min(focus, max(0, document.targets.count - 1)) }
            clampScroll()
        }
    }

    /// How far the index has got, while it is still being built.
    var searchProgress: ListLayout.Progress? {
        let index = searchIndex.index
        return index.isComplete ? nil : ListLayout.Progress(searched: index.pagesIndexed, of: index.pageCount)
    }
}

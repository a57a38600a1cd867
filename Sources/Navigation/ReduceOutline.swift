import Catalog
import Layout

/// The outline's sub-reducer: opening it on a page, moving through it, jumping to a heading.
extension State {
    /// The current page's title and headings with the rows they start on, the whole page laid
    /// out first so that every heading has its row.
    mutating func outlineEntries() -> [Outline.Entry] {
        layOutAll()
        let headings = Block.headings(in: page.blocks)
        var entries = [Outline.Entry(level: 0, title: page.title, row: 0)]
        for (row, line) in document.lines.enumerated() {
            guard let anchor = line.anchor, let heading = headings[anchor] else { continue }
            entries.append(Outline.Entry(level: heading.level, title: heading.title, row: row))
        }
        return entries
    }

    /// Opens the outline of the page with the section the top line is in selected.
    mutating func openOutline() {
        let entries = outlineEntries()
        let current = Outline.entry(containing: place.scroll, in: entries)
        overlay = .outline(Outline(entries: entries, selection: current, scroll: outlineScroll(0, showing: current, count: entries.count)))
    }

    /// A command while the outline is open.
    mutating func moveInOutline(_ command: Command, _ outline: Outline) {
        var outline = outline
        let last = max(0, outline.entries.count - 1)
        switch command {
        case .moveDown: outline.selection = min(last, outline.selection + 1)
        case .moveUp: outline.selection = max(0, outline.selection - 1)
        case .pageDown: outline.selection = min(last, outline.selection + frame.bodyRows)
        case .pageUp: outline.selection = max(0, outline.selection - frame.bodyRows)
        case .top: outline.selection = 0
        case .bottom: outline.selection = last
        case .open:
            overlay = nil
            place.scroll = outline.entries[outline.selection].row
            clampScroll()
            if let focus = place.focus, !isVisible(focus) { place.focus = nil }
            return
        case .close, .outline:
            overlay = nil
            return
        default:
            return
        }
        outline.scroll = outlineScroll(outline.scroll, showing: outline.selection, count: outline.entries.count)
        overlay = .outline(outline)
    }

    /// The outline's scroll nearest `scroll` that shows entry `index`.
    private func outlineScroll(_ scroll: Int, showing index: Int, count: Int) -> Int {
        let rows = frame.bodyRows
        var scroll = min(scroll, max(0, count - rows))
        if index >= scroll + rows { scroll = index - rows + 1 }
        if index < scroll { scroll = index }
        return max(0, scroll)
    }
}

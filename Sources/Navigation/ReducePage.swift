import Catalog
import Layout

/// Moving on a page: scrolling, the selected link, the mouse.
extension State {
    mutating func scrollPage(_ command: Command) {
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

    mutating func moveLinkFocus(forward: Bool) {
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

    mutating func handle(_ mouse: Mouse) {
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
    func target(atScreenRow row: Int, column: Int) -> Int? {
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
}

import Catalog
import Layout

/// Resizing: the page is laid out again for the new width (a menu also for the new height),
/// keeping the reader's place.
extension State {
    mutating func resize(to newSize: Size) {
        guard newSize != size else { return }
        let oldWidth = frame.textWidth
        let oldRows = frame.bodyRows
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
        } else if frame.bodyRows != oldRows, place.results == nil, page.isMenu {
            // How much of a menu's lead stays above its items depends on the height.
            relayout()
        }
        clampScroll()
        if isList || place.focus != nil { scrollToFocus() }
        if prompt != nil { scrollPromptToSelection() }
        if case let .help(scroll) = overlay { overlay = .help(scroll: helpScroll(after: .close, from: scroll)) }
        if case let .info(scroll) = overlay { overlay = .info(scroll: infoScroll(after: .close, from: scroll)) }
    }
}

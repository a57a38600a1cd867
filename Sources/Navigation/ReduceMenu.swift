import Catalog
import Layout

/// Moving the selection in a list: a menu, search results.
extension State {
    mutating func moveSelection(_ command: Command) {
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
}

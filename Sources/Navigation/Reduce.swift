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
            wasInterrupted = true
            return []
        case let .mouse(mouse):
            notice = nil
            guard overlay == nil else { return [] }
            handle(mouse)
            return []
        case let .key(key):
            notice = nil
            guard let command = Keymap.command(for: key, in: context) else { return [] }
            return perform(command)
        }
    }

    private mutating func perform(_ command: Command) -> [Effect] {
        if case let .help(scroll) = overlay {
            overlay = .help(scroll: helpScroll(after: command, from: scroll))
            switch command {
            case .close: overlay = nil
            case .repaint: return [.repaint]
            default: break
            }
            return []
        }
        switch command {
        case .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom:
            if page.isMenu { moveSelection(command) } else { scrollPage(command) }
        case .open:
            if let focus = place.focus, document.targets.indices.contains(focus) {
                follow(document.targets[focus].action)
            } else {
                notice = "No link is selected: Tab selects the next one."
            }
        case let .pick(number):
            guard page.isMenu, (1...page.children.count).contains(number) else { return [] }
            place.focus = number - 1
            follow(document.targets[number - 1].action)
        case .nextLink, .previousLink:
            moveLinkFocus(forward: command == .nextLink)
        case .back:
            goBack()
        case .help:
            overlay = .help(scroll: 0)
        case .close:
            break
        case .repaint:
            return [.repaint]
        case .quit:
            isFinished = true
        }
        return []
    }

    private mutating func handle(_ mouse: Mouse) {
        switch mouse {
        case .wheelUp, .wheelDown:
            let step = mouse == .wheelUp ? -3 : 3
            if page.isMenu {
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
            if let target = span.target, page.isMenu || (start..<end).contains(column) { return target }
            start = end
        }
        return nil
    }

    private func helpScroll(after command: Command, from scroll: Int) -> Int {
        let count = Keymap.helpLines(arrows: .symbols).count
        let rows = frame.bodyRows
        let maximum = max(0, count - rows)
        let moved: Int
        switch command {
        case .moveDown: moved = scroll + 1
        case .moveUp: moved = scroll - 1
        case .pageDown: moved = scroll + rows
        case .pageUp: moved = scroll - rows
        case .top: moved = 0
        case .bottom: moved = maximum
        default: moved = scroll
        }
        return min(max(0, moved), maximum)
    }

    private mutating func moveSelection(_ command: Command) {
        let count = document.targets.count
        guard count > 0 else { return }
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
        default: place.scroll = maximumScroll
        }
        clampScroll()
        if let focus = place.focus, !isVisible(focus) { place.focus = nil }
    }

    private mutating func moveLinkFocus(forward: Bool) {
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

    private mutating func follow(_ action: TargetAction) {
        switch action {
        case let .external(url):
            notice = "Web link (open it in a browser): \(url)"
        case let .open(id, anchor):
            history.append(place)
            go(to: id, anchor: anchor)
        }
    }

    private mutating func go(to id: PageID, anchor: String?, focus: Int? = nil) {
        if id != place.id {
            document = State.layout(catalog[id], in: catalog, size: size, glyphs: glyphs)
        }
        let isMenu = catalog[id].isMenu
        place = Place(id: id, scroll: 0, focus: isMenu ? (focus ?? 0) : nil)
        if let anchor, let row = document.anchors[anchor] {
            place.scroll = row
            clampScroll()
        } else {
            scrollToFocus()
        }
    }

    private mutating func goBack() {
        if let previous = history.popLast() {
            if previous.id != place.id {
                document = State.layout(catalog[previous.id], in: catalog, size: size, glyphs: glyphs)
            }
            place = previous
            clampScroll()
            if let focus = place.focus, !document.targets.indices.contains(focus) { place.focus = page.isMenu ? 0 : nil }
            if page.isMenu {
                scrollToFocus()
            } else if let focus = place.focus, !isVisible(focus) {
                place.focus = nil
            }
        } else if let parent = place.id.parent {
            let index = catalog[parent].children.firstIndex(of: place.id)
            go(to: parent, anchor: nil, focus: index)
        }
    }

    private mutating func resize(to newSize: Size) {
        guard newSize != size else { return }
        let oldWidth = frame.textWidth
        let topOrigin = document.lines.indices.contains(place.scroll) ? document.lines[place.scroll].origin : nil
        size = newSize
        if frame.textWidth != oldWidth {
            document = State.layout(page, in: catalog, size: size, glyphs: glyphs)
            if let topOrigin, place.scroll > 0 {
                place.scroll = document.firstRow(ofOrigin: topOrigin)
            }
        }
        clampScroll()
        if page.isMenu || place.focus != nil { scrollToFocus() }
    }
}

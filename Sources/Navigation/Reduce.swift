import Catalog
import Layout

/// The state machine: the state after `event`, and the effects the program must perform.
/// The contract: no clock, no terminal and no writes; content is read lazily through the
/// catalog and memoised, and does not change while it is read, so the same state and event
/// always give the same result.
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
        case .tick, .shared, .shareClosed, .followersChanged:
            return []
        case .idle:
            return idle()
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
        if case let .outline(outline) = overlay {
            if command == .repaint { return [.repaint] }
            moveInOutline(command, outline)
            return []
        }
        if overlay != nil {
            if case let .help(scroll) = overlay { overlay = .help(scroll: helpScroll(after: command, from: scroll)) }
            if case let .info(scroll) = overlay { overlay = .info(scroll: infoScroll(after: command, from: scroll)) }
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
            let index = place.results == nil ? catalog.itemNumbers(of: place.id).index(of: number) : number - 1
            guard isList, let index, document.targets.indices.contains(index) else { return [] }
            place.focus = index
            follow(document.targets[index].action)
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
            overlay = .info(scroll: 0)
        case .outline:
            openOutline()
        case .cite:
            return cite()
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
        case .submit, .complete, .deleteBackward, .deleteToStart, .deleteWordBackward, .cursorLeft, .cursorRight, .cursorToStart, .cursorToEnd, .nextItem, .previousItem, .jump, .pauseTimer, .blank, .toggleFollowing, .showJoin:
            break
        }
        return []
    }
}

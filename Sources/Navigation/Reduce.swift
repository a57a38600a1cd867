import Catalog
import Layout

/// The navigator's state machine.
extension State: StateMachine {
    /// The navigator shows no clock.
    public static var keepsTime: Bool { false }

    /// The navigator after `event`, then the workbook asked for where the screen now needs it.
    public mutating func apply(_ event: Event) -> [Effect] {
        var effects = react(to: event)
        effects += requestAnswersIfNeeded() + refreshAfter(event)
        return effects
    }

    /// The navigator after `event`: a key through the keymap of the current context, a resize
    /// keeping the place, idle work laying out and indexing, the workbook's replies.
    private mutating func react(to event: Event) -> [Effect] {
        switch event {
        case let .resized(newSize):
            resize(to: newSize)
            return [.repaint]
        case .interrupted, .interruptedByKey:
            isFinished = true
            return []
        case .tick, .shared, .shareClosed, .shareOpened, .followersChanged, .roomCounted, .roomResultNotKept:
            return []
        case .idle:
            return idle()
        case let .pasted(text):
            paste(text)
            return []
        case .answersLoaded, .answersNotLoaded, .saved, .notSaved:
            hear(from: event)
            return []
        case let .mouse(mouse):
            notice = nil
            guard overlay == nil, prompt == nil else { return [] }
            handle(mouse)
            return []
        case let .key(key):
            notice = nil
            if noteEditor != nil { return edit(key) }
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
        case .answer:
            return answerFocusedItem()
        case .annotate:
            annotateFocusedItem()
        case .repaint:
            return [.repaint]
        case .quit:
            isFinished = true
        case .submit, .complete, .deleteBackward, .nextItem, .previousItem, .jump, .pauseTimer, .blank, .toggleFollowing, .showJoin,
             .cursorLeft, .cursorRight, .cursorToStart, .cursorToEnd, .deleteForward, .deleteToStart, .deleteWordBackward,
             .ask, .reveal, .answerRoom, .raiseHand, .clearHands:
            break
        }
        return []
    }
}

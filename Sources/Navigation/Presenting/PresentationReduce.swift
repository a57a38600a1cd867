import Catalog

/// The presentation's state machine: the presentation after `event`, and the effects to perform.
/// Under the same contract as the navigator's `reduce`: the clock arrives as `.tick` events.
public func reduce(_ presentation: Presentation, _ event: Event) -> (state: Presentation, effects: [Effect]) {
    var next = presentation
    var effects = next.apply(event)
    if next.role == .presenter {
        let now = next.isFinished ? PresenterPosition.ended : next.position
        if now != next.published {
            next.published = now
            effects.append(.publish(now))
        }
    }
    return (next, effects)
}

extension Presentation {
    mutating func apply(_ event: Event) -> [Effect] {
        switch event {
        case let .resized(size):
            window = size
            layOutSlide()
            if let reader { self.reader = Navigation.reduce(reader, .resized(readerSize)).state }
            return [.repaint]
        case let .tick(now):
            clock.tick(now)
            return []
        case .interrupted:
            isFinished = true
            return []
        case .idle:
            guard let reader else { return catalog.hasPagesToReadAhead ? [.readAhead(catalog)] : [] }
            let (next, effects) = Navigation.reduce(reader, .idle)
            self.reader = next
            return effects
        case .mouse, .shared, .shareClosed:
            return []
        case .pasted, .answersLoaded, .answersNotLoaded, .saved, .notSaved:
            guard let reader else { return [] }
            let (next, effects) = Navigation.reduce(reader, event)
            self.reader = next
            return effects
        case let .followersChanged(count):
            followers = max(0, count)
            return []
        case let .key(key):
            notice = nil
            if role == .presenter { echo(key) }
            return press(key)
        }
    }

    /// What a key does, in order: any key closes the join screen; then the jump being typed, the
    /// help screen, a search or go-to being typed on the page being read, the presenter's own
    /// keys, the blank screen, then the page being read or the slide.
    mutating func press(_ key: Key) -> [Effect] {
        if isShowingJoin {
            isShowingJoin = false
            return []
        }
        if jump != nil { return typeJump(key) }
        if let scroll = help {
            return perform(Keymap.command(for: key, in: .help), onHelpAt: scroll)
        }
        if let reader, reader.prompt != nil {
            return read(key, in: reader)
        }
        if role == .presenter, let command = Keymap.command(for: key, in: .presenting) {
            return perform(command)
        }
        if isBlank {
            let command = Keymap.command(for: key, in: .slide)
            if command == .quit { isFinished = true } else { isBlank = false }
            return []
        }
        if let reader {
            return read(key, in: reader)
        }
        guard let command = Keymap.command(for: key, in: .slide) else { return [] }
        return perform(command)
    }

    private mutating func perform(_ command: Command) -> [Effect] {
        switch command {
        case .nextItem, .previousItem, .top, .bottom:
            step(command)
        case .moveDown, .moveUp:
            slideScroll = min(max(0, slideScroll + (command == .moveDown ? 1 : -1)), maximumSlideScroll)
        case .open:
            open()
        case .up:
            goUp()
        case .jump:
            jump = ""
        case .blank where role == .presenter:
            isBlank.toggle()
        case .pauseTimer:
            clock.togglePause()
        case .showJoin where role == .presenter:
            if join == nil {
                notice = "Not shared: start with toolkit present --share, and attendees can follow."
            } else {
                isShowingJoin = true
            }
        case .help:
            help = 0
        case .repaint:
            return [.repaint]
        case .quit:
            isFinished = true
        default:
            break
        }
        return []
    }

    private mutating func step(_ command: Command) {
        let last = deck.items.count - 1
        let target: Int
        switch command {
        case .nextItem: target = item + 1
        case .previousItem: target = item - 1
        case .top: target = 0
        default: target = last
        }
        guard (0...max(0, last)).contains(target) else {
            notice = target > last ? "This is the last item; u goes up a level." : "This is the first item."
            return
        }
        show(target)
    }

    /// Shows item `index` of the current deck from its top.
    mutating func show(_ index: Int) {
        item = index
        slideScroll = 0
        layOutSlide()
    }

    /// A menu's items become the deck; any other page opens for reading.
    private mutating func open() {
        let page = catalog[currentItem]
        if page.isMenu {
            deck = Deck(menu: page.id, in: catalog)
            show(0)
        } else {
            reader = State(catalog: catalog, size: readerSize, glyphs: glyphs, start: page.id, workbook: .notKept)
        }
    }

    private mutating func goUp() {
        guard let parent = deck.menu.parent else {
            notice = "This is the toolkit menu."
            return
        }
        let menu = deck.menu
        deck = Deck(menu: parent, in: catalog)
        show(deck.items.firstIndex(of: menu) ?? 0)
    }

    /// Back from the page opened from a slide returns to the slide; every other key is the
    /// navigator's.
    private mutating func read(_ key: Key, in reader: State) -> [Effect] {
        let command = Keymap.command(for: key, in: reader.context)
        if command == .back, reader.history.isEmpty, reader.context == .page || reader.context == .menu {
            self.reader = nil
            return []
        }
        let (next, effects) = Navigation.reduce(reader, .key(key))
        if next.isFinished { isFinished = true }
        self.reader = next
        return effects
    }

    private mutating func typeJump(_ key: Key) -> [Effect] {
        switch Keymap.command(for: key, in: .jumping) {
        case let .pick(digit)?:
            if (jump ?? "").count < 3 { jump = (jump ?? "") + String(digit) }
        case .deleteBackward?:
            if jump?.isEmpty == true { jump = nil } else { jump?.removeLast() }
        case .close?:
            jump = nil
        case .repaint?:
            return [.repaint]
        case .submit?:
            let typed = jump ?? ""
            jump = nil
            guard let number = Int(typed) else { return [] }
            guard let index = deck.index(forNumber: number) else {
                let noun = deck.noun ?? "item"
                let count = deck.noun == nil ? deck.items.count : deck.numberedCount
                notice = "There is no \(noun) \(number) here: they go from 1 to \(count)."
                return []
            }
            show(index)
        default:
            break
        }
        return []
    }

    private mutating func perform(_ command: Command?, onHelpAt scroll: Int) -> [Effect] {
        switch command {
        case .close?: help = nil
        case .repaint?: return [.repaint]
        default:
            let count = Keymap.helpLines(arrows: .symbols, contexts: Context.presentation).count
            help = HelpScroll.after(command, from: scroll, count: count, rows: frame.bodyRows)
        }
        return []
    }

    /// Remembers a key for the key echo.
    mutating func echo(_ key: Key) {
        recentKeys.append(key)
        if recentKeys.count > Presentation.echoLength { recentKeys.removeFirst(recentKeys.count - Presentation.echoLength) }
    }

    /// Whether this toolkit has what `position` names (a follower may have other content).
    func canShow(_ position: PresenterPosition) -> Bool {
        switch position {
        case let .slide(menu, index, _): return catalog.page(menu)?.children.indices.contains(index) ?? false
        case let .page(id, _): return catalog.contains(id)
        case .blank, .ended: return true
        }
    }

    /// Moves to where the presenter is; positions naming pages this toolkit lacks are ignored with
    /// a notice.
    mutating func follow(_ position: PresenterPosition) {
        switch position {
        case .blank:
            isBlank = true
        case .ended:
            isBlank = false
        case let .slide(menu, index, permille):
            isBlank = false
            guard let page = catalog.page(menu), page.children.indices.contains(index) else {
                notice = "The presenter is on an item this toolkit does not have (\(menu) item \(index + 1))."
                return
            }
            reader = nil
            if deck.menu != menu { deck = Deck(menu: menu, in: catalog) }
            item = index
            layOutSlide()
            slideScroll = Presentation.scroll(forPermille: permille, of: maximumSlideScroll)
        case let .page(id, permille):
            isBlank = false
            guard catalog.contains(id) else {
                notice = "The presenter is on a page this toolkit does not have (\(id))."
                return
            }
            var page = reader?.place.id == id && reader?.place.results == nil ? reader! : State(catalog: catalog, size: readerSize, glyphs: glyphs, start: id, workbook: .notKept)
            page.overlay = nil
            page.prompt = nil
            if permille > 0 { page.layOutAll() }
            page.place.scroll = Presentation.scroll(forPermille: permille, of: page.maximumScroll)
            reader = page
        }
    }
}

import Catalog

/// What both the presenter's and a follower's slide show do with an event; the owners handle
/// their own events and keys first (`Presentation`, `Follower`).
extension SlideShow {
    mutating func apply(_ event: Event) -> [Effect] {
        switch event {
        case let .resized(size):
            window = size
            layOutSlide()
            if let reader { self.reader = Navigation.reduce(reader, .resized(readerSize)).state }
            return [.repaint]
        case .interrupted, .interruptedByKey:
            isFinished = true
            return []
        case .idle:
            guard let reader else { return catalog.hasPagesToReadAhead ? [.readAhead(catalog)] : [] }
            let (next, effects) = Navigation.reduce(reader, .idle)
            self.reader = next
            return effects
        case .mouse, .shared, .shareClosed, .shareOpened, .followersChanged, .roomCounted, .roomResultNotKept, .tick:
            return []
        case .pasted, .answersLoaded, .answersNotLoaded, .saved, .notSaved:
            guard let reader else { return [] }
            let (next, effects) = Navigation.reduce(reader, event)
            self.reader = next
            return effects
        case let .key(key):
            notice = nil
            return press(key)
        }
    }

    /// Whether a key goes to something being typed or read first (the jump, the help screen, a
    /// search or go-to on the page being read), before any owner's own keys.
    var isTyping: Bool { jump != nil || help != nil || reader?.prompt != nil }

    /// What a key does, in order: the jump being typed, the help screen, a search or go-to being
    /// typed on the page being read, the blank screen, then the page being read or the slide.
    mutating func press(_ key: Key) -> [Effect] {
        if jump != nil { return typeJump(key) }
        if let scroll = help {
            return perform(Keymap.command(for: key, in: .help), onHelpAt: scroll)
        }
        if let reader, reader.prompt != nil {
            return read(key, in: reader)
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

    /// Carries out a command both owners share; the owners' own commands (blanking, the timer,
    /// the join screen) do nothing here.
    mutating func perform(_ command: Command) -> [Effect] {
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
            help = HelpScroll.after(command, from: scroll, count: helpRows.count, rows: frame.bodyRows)
        }
        return []
    }
}

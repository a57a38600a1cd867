import Catalog

/// The presenter's state machine: the presenter's own keys and events first (the join screen,
/// the timer, blanking, the head count), then the slide show's; after every event, followers are
/// told of a new position with a `.publish` effect.
extension Presentation: StateMachine {
    /// The presenter's footer shows the elapsed time.
    public static var keepsTime: Bool { true }

    /// Whether the presentation has ended.
    public var isFinished: Bool { slides.isFinished }

    /// Whether there is work for the moments when no key is waiting (see `State.hasIdleWork`).
    public var hasIdleWork: Bool { slides.hasIdleWork }

    /// The presentation after `event`, with a `.publish` of the position whenever it changed.
    public mutating func apply(_ event: Event) -> [Effect] {
        var effects = react(to: event)
        let now = isFinished ? PresenterPosition.ended : slides.position
        if now != published {
            published = now
            effects.append(.publish(now))
        }
        return effects
    }

    private mutating func react(to event: Event) -> [Effect] {
        switch event {
        case let .tick(now):
            clock.tick(now)
            return []
        case let .followersChanged(count):
            followers = max(0, count)
            return []
        case let .roomCounted(count):
            return hear(count)
        case let .roomResultNotKept(reason):
            slides.notice = "What the room said was not kept in the workbook: \(reason)"
            return []
        case let .key(key):
            slides.notice = nil
            echo(key)
            return press(key)
        case .interruptedByKey where (followers ?? 0) > 0 && !isAskingToQuit:
            // Ctrl-C is a slip as easily as q: with a room following, it asks once too.
            isAskingToQuit = true
            return []
        default:
            return slides.apply(event)
        }
    }

    /// Any key closes the join screen; the presenter's own keys work anywhere but while typing or
    /// in help; `b` on a slide blanks it; every other key is the slide show's.
    private mutating func press(_ key: Key) -> [Effect] {
        if isShowingJoin {
            isShowingJoin = false
            return []
        }
        if isAskingToQuit {
            isAskingToQuit = false
            if key == .character("y") { slides.isFinished = true }
            return []
        }
        if context == .choosing {
            return choose(Keymap.command(for: key, in: .choosing))
        }
        if !slides.isTyping, let command = Keymap.command(for: key, in: .presenting) {
            return perform(command)
        }
        if slides.context == .slide, !slides.isBlank, Keymap.command(for: key, in: .slide) == .blank {
            slides.isBlank = true
            return []
        }
        return pressOnSlides(key)
    }

    /// A key for the slide show; one that would quit while followers are connected asks first
    /// (`y` quits, any other key stays), so one slip does not end the workshop for the room.
    private mutating func pressOnSlides(_ key: Key) -> [Effect] {
        var trial = slides
        let effects = trial.press(key)
        if trial.isFinished, (followers ?? 0) > 0 {
            isAskingToQuit = true
            return []
        }
        slides = trial
        return effects
    }

    private mutating func perform(_ command: Command) -> [Effect] {
        switch command {
        case .blank:
            slides.isBlank.toggle()
        case .pauseTimer:
            clock.togglePause()
        case .showJoin:
            if join == nil {
                slides.notice = "Not shared: start with toolkit present --share, and attendees can follow."
            } else {
                isShowingJoin = true
            }
        case .ask:
            return askOrClose()
        case .reveal:
            return reveal()
        case .clearHands:
            room.hands = 0
            return [.clearHands(room: roomMessages)]
        default:
            return slides.perform(command)
        }
        return []
    }

    /// `a`: closes the open question, keeping what the room said, or opens the picker over what
    /// the page on screen can ask.
    private mutating func askOrClose() -> [Effect] {
        if let open = question {
            let counts = open.choices.indices.map { room.answers.indices.contains($0) ? room.answers[$0] : 0 }
            let result = RoomResult(pageID: open.page, text: open.text(in: slides.catalog) ?? RoomQuestion.unknownText, choices: open.choices,
                                    counts: counts, headCount: followers ?? 0, closedAt: 0)
            question = nil
            isRevealed = false
            room.answers = []
            return [.closeQuestion(open), .keepRoomResult(result)]
        }
        let page = slides.reader?.place.id ?? slides.currentItem
        picker = slides.catalog.page(page).flatMap { QuestionPicker(RoomQuestion.candidates(on: $0, number: asked + 1)) }
        if picker == nil {
            slides.notice = "Nothing to ask here: this page has no questions for your team or checklist items."
        }
        return []
    }

    /// A key while choosing: move, ask the selected question, or close the picker.
    private mutating func choose(_ command: Command?) -> [Effect] {
        guard let current = picker else { return [] }
        switch command {
        case .moveDown?: picker?.move(by: 1)
        case .moveUp?: picker?.move(by: -1)
        case .close?: picker = nil
        case .submit?:
            let chosen = current.candidates[current.selected]
            picker = nil
            asked = chosen.number
            question = chosen
            isRevealed = false
            room.answers = Array(repeating: 0, count: chosen.choices.count)
            return [.ask(chosen)]
        default: break
        }
        return []
    }

    /// `r`: shows everyone the open question's tally, and keeps it shown as answers change.
    private mutating func reveal() -> [Effect] {
        guard let question else {
            slides.notice = "No question is open: a asks one of the page's questions."
            return []
        }
        isRevealed = true
        return [.reveal(question, tally: room.answers)]
    }

    /// The room's counts; answers count only while a question is open and only in its shape, and
    /// a revealed tally is shown again to everyone when it changes.
    private mutating func hear(_ count: RoomCount) -> [Effect] {
        room.hands = count.hands
        guard let question, count.answers.count == question.choices.count, count.answers != room.answers else { return [] }
        room.answers = count.answers
        return [isRevealed ? .reveal(question, tally: room.answers) : .tellNotes(question, tally: room.answers)]
    }

    /// What a follower joining now needs to hear about the room: the open question and, once
    /// shown, its tally.
    var roomMessages: [RoomMessage] {
        guard let question else { return [] }
        return [.ask(question)] + (isRevealed ? [.tally(number: question.number, counts: room.answers)] : [])
    }

    /// Remembers a key for the key echo.
    mutating func echo(_ key: Key) {
        recentKeys.append(key)
        if recentKeys.count > Presentation.echoLength { recentKeys.removeFirst(recentKeys.count - Presentation.echoLength) }
    }
}

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
        case let .key(key):
            slides.notice = nil
            echo(key)
            return press(key)
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
        if !slides.isTyping, let command = Keymap.command(for: key, in: .presenting) {
            return perform(command)
        }
        if slides.context == .slide, !slides.isBlank, Keymap.command(for: key, in: .slide) == .blank {
            slides.isBlank = true
            return []
        }
        return slides.press(key)
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
        default:
            return slides.perform(command)
        }
        return []
    }

    /// Remembers a key for the key echo.
    mutating func echo(_ key: Key) {
        recentKeys.append(key)
        if recentKeys.count > Presentation.echoLength { recentKeys.removeFirst(recentKeys.count - Presentation.echoLength) }
    }
}

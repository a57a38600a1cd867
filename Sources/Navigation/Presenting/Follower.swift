import Catalog
import Layout

/// An attendee's side of a shared presentation: their own slide show, moved by the presenter's
/// positions while following and by their own keys while exploring.
public struct Follower: Equatable, Sendable {
    /// What the follower's screen shows, laid out for their window.
    public internal(set) var slides: SlideShow
    /// Whether the presenter's moves are followed.
    public internal(set) var isFollowing: Bool
    /// The presenter's last position this toolkit can show, to rejoin at.
    public internal(set) var latest: PresenterPosition?
    /// Whether the screen shows the facilitator's notes for the presenter's page instead of the page.
    public let showsNotes: Bool
    /// Whether the presenter is still connected.
    public internal(set) var isConnected: Bool
    /// The question open to the room, as heard from the presenter, with this follower's answer.
    public internal(set) var question: HeardQuestion?
    /// Whether this follower's hand is raised.
    public internal(set) var isHandRaised: Bool

    /// A follower that has not yet heard from the presenter.
    public init(catalog: Catalog, window: Size, glyphs: Glyphs = .unicode, showsNotes: Bool = false) {
        slides = SlideShow(catalog: catalog, window: window, glyphs: glyphs)
        isFollowing = true
        latest = nil
        self.showsNotes = showsNotes
        isConnected = true
        question = nil
        isHandRaised = false
    }

    /// Where the presenter is, in words (`corrective 3 of 5`, or the title of the page being
    /// read), for an attendee exploring alone; nil until the presenter has said.
    public var presenterPlace: String? {
        switch latest {
        case let .slide(menu, index, _)?:
            guard slides.catalog.page(menu) != nil else { return nil }
            return Deck(menu: menu, in: slides.catalog).label(of: index, in: slides.catalog)
        case let .page(id, _)?:
            return slides.catalog.page(id)?.shortTitle
        case .blank?, .ended?, nil:
            return nil
        }
    }

    /// The title of the item after the presenter's, for the notes screen: nil while the presenter
    /// reads a page or before they have said; "the end of this deck" after its last item.
    public var presenterNextTitle: String? {
        guard case let .slide(menu, index, _)? = latest, let children = slides.catalog.page(menu)?.children else { return nil }
        return children.indices.contains(index + 1) ? slides.catalog[children[index + 1]].title : "the end of this deck"
    }

    /// The page whose notes the notes view shows: the presenter's, not the follower's own.
    public var presenterPage: PageID? {
        switch latest {
        case let .slide(menu, index, _)?:
            guard let children = slides.catalog.page(menu)?.children, children.indices.contains(index) else { return nil }
            return children[index]
        case let .page(id, _)?:
            return slides.catalog.contains(id) ? id : nil
        case .blank?, .ended?, nil:
            return nil
        }
    }
}

/// The follower's state machine: lines from the presenter arrive as `.shared` events.
extension Follower: StateMachine {
    /// A follower shows no clock.
    public static var keepsTime: Bool { false }

    /// Whether the attendee has quit.
    public var isFinished: Bool { slides.isFinished }

    /// Whether the follower's slide show has idle work.
    public var hasIdleWork: Bool { slides.hasIdleWork }

    /// The follower after `event`: the presenter's lines move it while following; its own keys
    /// explore.
    public mutating func apply(_ event: Event) -> [Effect] {
        switch event {
        case let .shared(line):
            hear(line)
            return []
        case .shareClosed:
            isConnected = false
            question = nil
            isHandRaised = false
            latest = .ended
            if isFollowing { slides.follow(.ended) }
            slides.notice = "The presenter has stopped sharing; waiting for them to share again. q quits."
            return []
        case .shareOpened:
            isConnected = true
            slides.notice = nil
            return []
        case let .key(key):
            if !slides.isTyping, Keymap.command(for: key, in: .following) == .toggleFollowing {
                toggleFollowing()
                return []
            }
            if !slides.isTyping, let question, case let .answerRoom(choice)? = Keymap.command(for: key, in: .following) {
                return answer(question, with: choice)
            }
            if !slides.isTyping, isConnected, Keymap.command(for: key, in: .following) == .raiseHand {
                isHandRaised.toggle()
                return [.hand(raised: isHandRaised)]
            }
            if isFollowing, movesAway(key) { isFollowing = false }
            return slides.apply(event)
        case .followersChanged, .roomCounted, .roomResultNotKept:
            return []
        case .resized, .tick, .interrupted, .interruptedByKey, .mouse, .idle, .pasted, .answersLoaded, .answersNotLoaded, .saved, .notSaved:
            return slides.apply(event)
        }
    }

    /// Whether a key takes the attendee away from the presenter: any key that moves, but not
    /// help, redraw, quit or a key that does nothing.
    private func movesAway(_ key: Key) -> Bool {
        guard slides.help == nil, slides.jump == nil else { return false }
        switch Keymap.command(for: key, in: slides.context) {
        case nil, .help?, .repaint?, .quit?, .close?: return false
        default: return true
        }
    }

    private mutating func toggleFollowing() {
        isFollowing.toggle()
        if isFollowing, let latest {
            slides.follow(latest)
        }
        slides.notice = nil
    }

    /// Takes `choice` as the answer when the question has it; a choice it does not have is
    /// ignored, and the same answer again is not sent again.
    private mutating func answer(_ heard: HeardQuestion, with choice: Int) -> [Effect] {
        guard heard.question.choices.indices.contains(choice - 1), heard.answer != choice else { return [] }
        question?.answer = choice
        return [.answer(question: heard.question.number, choice: choice)]
    }

    /// A line about the room: a question asked (the same one again keeps the answer), its tally,
    /// or its close.
    private mutating func hear(_ message: RoomMessage) {
        switch message {
        case let .ask(line):
            // The line names the question; its answers are those this toolkit's text gives.
            let asked = line.asWritten(in: slides.catalog)
            if question?.question != asked { question = HeardQuestion(asked, text: asked.text(in: slides.catalog)) }
        case let .tally(number, counts):
            guard question?.question.number == number, counts.count == question?.question.choices.count else { return }
            question?.tally = counts
        case let .closed(number):
            if question?.question.number == number { question = nil }
        case .handsDown:
            isHandRaised = false
        }
    }

    private mutating func hear(_ line: String) {
        if let message = RoomMessage.parse(line) { return hear(message) }
        switch ShareMessage.position(from: line) {
        case let .failure(.unsupportedVersion(version)):
            slides.notice = "The presenter speaks follow protocol \(version); this toolkit speaks \(ShareMessage.version). Update one of them."
        case let .failure(.malformed(text)):
            slides.notice = "Ignored a message from the presenter that was not understood: \(text)"
        case .success(nil):
            break
        case let .success(position?):
            if slides.canShow(position) { latest = position }
            if isFollowing { slides.follow(position) }
        }
    }
}

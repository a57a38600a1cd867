import Catalog
import Layout

/// An attendee's side of a shared presentation: their own presentation, moved by the presenter's
/// positions while following and by their own keys while exploring.
public struct Follower: Equatable, Sendable {
    /// What the follower's screen shows, laid out for their window.
    public internal(set) var presentation: Presentation
    /// Whether the presenter's moves are followed.
    public internal(set) var isFollowing: Bool
    /// The presenter's last position this toolkit can show, to rejoin at.
    public internal(set) var latest: PresenterPosition?
    /// Whether the screen shows the facilitator's notes for the presenter's page instead of the page.
    public let showsNotes: Bool
    /// Whether the presenter is still connected.
    public internal(set) var isConnected: Bool

    /// A follower that has not yet heard from the presenter.
    public init(catalog: Catalog, window: Size, glyphs: Glyphs = .unicode, showsNotes: Bool = false) {
        presentation = Presentation(catalog: catalog, window: window, glyphs: glyphs, role: .follower)
        isFollowing = true
        latest = nil
        self.showsNotes = showsNotes
        isConnected = true
    }

    /// Where the presenter is, in words (`corrective 3 of 5`, or the title of the page being
    /// read), for an attendee exploring alone; nil until the presenter has said.
    public var presenterPlace: String? {
        switch latest {
        case let .slide(menu, index, _)?:
            guard presentation.catalog.page(menu) != nil else { return nil }
            return Deck(menu: menu, in: presentation.catalog).label(of: index, in: presentation.catalog)
        case let .page(id, _)?:
            return presentation.catalog.page(id)?.shortTitle
        case .blank?, .ended?, nil:
            return nil
        }
    }

    /// The page whose notes the notes view shows: the presenter's, not the follower's own.
    public var presenterPage: PageID? {
        switch latest {
        case let .slide(menu, index, _)?:
            guard let children = presentation.catalog.page(menu)?.children, children.indices.contains(index) else { return nil }
            return children[index]
        case let .page(id, _)?:
            return presentation.catalog.contains(id) ? id : nil
        case .blank?, .ended?, nil:
            return nil
        }
    }
}

/// The follower's state machine, under the same contract as the navigator's `reduce`: lines from the
/// presenter arrive as `.shared` events.
public func reduce(_ follower: Follower, _ event: Event) -> (state: Follower, effects: [Effect]) {
    var next = follower
    let effects = next.apply(event)
    return (next, effects)
}

extension Follower {
    mutating func apply(_ event: Event) -> [Effect] {
        switch event {
        case let .shared(line):
            hear(line)
            return []
        case .shareClosed:
            isConnected = false
            latest = .ended
            if isFollowing { presentation.follow(.ended) }
            presentation.notice = "The presenter has stopped sharing; you can go on reading. q quits."
            return []
        case let .key(key):
            let isTyping = presentation.jump != nil || presentation.reader?.prompt != nil
            if !isTyping, presentation.help == nil, Keymap.command(for: key, in: .following) == .toggleFollowing {
                toggleFollowing()
                return []
            }
            if isFollowing, movesAway(key) { isFollowing = false }
            return presentation.apply(event)
        case .followersChanged:
            return []
        case .resized, .tick, .interrupted, .mouse, .idle, .pasted, .answersLoaded, .answersNotLoaded, .saved, .notSaved:
            return presentation.apply(event)
        }
    }

    /// Whether a key takes the attendee away from the presenter: any key that moves, but not
    /// help, redraw, quit or a key that does nothing.
    private func movesAway(_ key: Key) -> Bool {
        guard presentation.help == nil, presentation.jump == nil else { return false }
        switch Keymap.command(for: key, in: presentation.context) {
        case nil, .help?, .repaint?, .quit?, .close?: return false
        default: return true
        }
    }

    private mutating func toggleFollowing() {
        isFollowing.toggle()
        if isFollowing, let latest {
            presentation.follow(latest)
        }
        presentation.notice = nil
    }

    private mutating func hear(_ line: String) {
        switch ShareMessage.position(from: line) {
        case let .failure(.unsupportedVersion(version)):
            presentation.notice = "The presenter speaks follow protocol \(version); this toolkit speaks \(ShareMessage.version). Update one of them."
        case let .failure(.malformed(text)):
            presentation.notice = "Ignored a message from the presenter that was not understood: \(text)"
        case .success(nil):
            break
        case let .success(position?):
            if presentation.canShow(position) { latest = position }
            if isFollowing { presentation.follow(position) }
        }
    }
}

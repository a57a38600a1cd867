import Catalog
import Layout

/// The presenter's side of a workshop: the slide show moved by the presenter's keys, plus what
/// only the presenter has: the timer, the keys the room has seen, the join screen, the head
/// count and the position last told to followers. Reads of the slide show's values pass
/// through (`presentation.item`).
@dynamicMemberLookup
public struct Presentation: Equatable, Sendable {
    /// The deck, the item on screen and the page opened from it.
    public internal(set) var slides: SlideShow
    /// The timer.
    public internal(set) var clock: PresenterClock
    /// The last keys pressed, oldest first, for the room to see.
    public internal(set) var recentKeys: [Key]
    /// The position last given to followers as a `.publish` effect (nil before the first).
    public internal(set) var published: PresenterPosition?
    /// How attendees join, when the presentation is shared.
    public let join: JoinInstructions?
    /// Whether the join screen is up (any key takes it down).
    public internal(set) var isShowingJoin: Bool
    /// How many followers are connected, once the presenter's loop has said (`.followersChanged`).
    public internal(set) var followers: Int?

    /// How many keys the key echo keeps.
    public static let echoLength = 6

    /// A presentation opened at `start`: a menu starts at its first item; any other page starts as
    /// its own item in its menu's deck. `notice` is shown until the first key; `join` says how
    /// attendees join, when the presentation is shared.
    public init(catalog: Catalog, window: Size, glyphs: Glyphs = .unicode, start: PageID = .root,
                canvas: Size? = nil, minutes: Int? = nil, notice: String? = nil, join: JoinInstructions? = nil) {
        slides = SlideShow(catalog: catalog, window: window, glyphs: glyphs, start: start, canvas: canvas, notice: notice)
        clock = PresenterClock(minutes: minutes)
        recentKeys = []
        published = nil
        self.join = join
        isShowingJoin = false
        followers = nil
    }

    /// A value of the slide show, read through the presentation.
    public subscript<Value>(dynamicMember path: KeyPath<SlideShow, Value>) -> Value {
        slides[keyPath: path]
    }

    /// A value of the slide show, changed through the presentation where its setter is visible.
    public subscript<Value>(dynamicMember path: WritableKeyPath<SlideShow, Value>) -> Value {
        get { slides[keyPath: path] }
        set { slides[keyPath: path] = newValue }
    }
}

import Catalog
import Layout

/// What a presenter's and a follower's screens share: the deck and the item on screen, the page
/// opened from it for reading, the help screen, the number typed after `g`, and whether the
/// screen is blanked. The presenter moves it with keys (`Presentation`); a follower with the
/// presenter's positions and, while exploring, its own keys (`Follower`).
public struct SlideShow: Equatable, Sendable {
    /// The toolkit being presented.
    public let catalog: Catalog
    /// The drawing characters the terminal can show.
    public let glyphs: Glyphs
    /// The fixed canvas asked for with `--canvas`, if any.
    public let canvasLimit: Size?
    /// The window size.
    public internal(set) var window: Size
    /// The menu whose pages are being stepped through.
    public internal(set) var deck: Deck
    /// The item on screen (0-based).
    public internal(set) var item: Int
    /// The first slide line on screen.
    public internal(set) var slideScroll: Int
    /// The slide on screen, laid out for the canvas.
    public internal(set) var slide: [Line]
    /// The page opened from a slide with Enter, read with the navigator's own keys.
    public internal(set) var reader: State?
    /// The number typed after `g`, while one is being typed.
    public internal(set) var jump: String?
    /// Whether the screen is blanked (`b`).
    public internal(set) var isBlank: Bool
    /// The help screen's scroll, while it is open.
    public internal(set) var help: Int?
    /// A one-line notice, until the next key.
    public internal(set) var notice: String?
    /// Set when the presentation ends.
    public internal(set) var isFinished: Bool

    /// Slides opened at `start`: a menu starts at its first item; any other page starts as its own
    /// item in its menu's deck. `notice` is shown until the first key.
    public init(catalog: Catalog, window: Size, glyphs: Glyphs = .unicode, start: PageID = .root, canvas: Size? = nil, notice: String? = nil) {
        self.catalog = catalog
        self.glyphs = glyphs
        self.canvasLimit = canvas
        self.window = window
        let menu = catalog[start].isMenu ? start : (start.parent ?? .root)
        self.deck = Deck(menu: menu, in: catalog)
        self.item = deck.items.firstIndex(of: start) ?? 0
        self.slideScroll = 0
        self.slide = []
        self.reader = nil
        self.jump = nil
        self.isBlank = false
        self.help = nil
        self.notice = notice
        self.isFinished = false
        layOutSlide()
    }

    /// The area the presentation is drawn in: the window, or the `--canvas` size where the
    /// window is larger.
    public var canvas: Size {
        guard let canvasLimit else { return window }
        return Size(columns: min(canvasLimit.columns, window.columns), rows: min(canvasLimit.rows, window.rows))
    }

    /// The canvas's regions.
    public var frame: SlideFrame { SlideFrame(canvas) }

    /// The current item's page.
    public var currentItem: PageID {
        deck.items.indices.contains(item) ? deck.items[item] : deck.menu
    }

    /// Which keymap applies now.
    public var context: Context {
        if jump != nil { return .jumping }
        if help != nil { return .help }
        return reader?.context ?? .slide
    }

    /// Where the item stands in its deck: `principle 3 of 9`.
    public var positionLabel: String {
        deck.label(of: item, in: catalog)
    }

    /// Where the slide show is, as a presenter tells followers.
    public var position: PresenterPosition {
        if isBlank { return .blank }
        if let reader {
            return .page(reader.place.id, permille: Self.permille(reader.place.scroll, of: reader.maximumScroll))
        }
        return .slide(deck: deck.menu, item: item, permille: Self.permille(slideScroll, of: maximumSlideScroll))
    }

    /// Whether the page opened from a slide is still being laid out (see `State.isLayingOut`).
    public var isLayingOut: Bool { reader?.isLayingOut ?? false }

    /// Whether there is work for the moments when no key is waiting (see `State.hasIdleWork`).
    public var hasIdleWork: Bool { reader?.hasIdleWork ?? catalog.hasPagesToReadAhead }

    /// The presenter's help screen wrapped at words to the slide's text width.
    public var helpRows: [HelpRow] {
        HelpRow.rows(Keymap.helpLines(arrows: ArrowNames(glyphs), contexts: Context.presentation),
                     width: frame.textWidth, glyphs: glyphs)
    }

    /// The largest slide scroll that still fills the body.
    public var maximumSlideScroll: Int { max(0, slide.count - frame.bodyRows) }

    /// The window size the reader is laid out for: the canvas above the presenter's footer line.
    var readerSize: Size { Size(columns: canvas.columns, rows: max(0, canvas.rows - 1)) }

    /// Lays out the current item for the canvas and keeps the scroll in range.
    mutating func layOutSlide() {
        slide = SlideLayout(width: frame.textWidth, glyphs: glyphs).lines(for: catalog[currentItem], in: catalog)
        slideScroll = min(max(0, slideScroll), maximumSlideScroll)
    }

    static func permille(_ scroll: Int, of maximum: Int) -> Int {
        maximum <= 0 ? 0 : min(1000, max(0, scroll * 1000 / maximum))
    }

    static func scroll(forPermille permille: Int, of maximum: Int) -> Int {
        maximum <= 0 ? 0 : (permille * maximum + 500) / 1000
    }
}

import Catalog
import Layout

/// Everything the screen shows, as a value: where the reader is, where they have been, what is
/// open over the page, and the current page laid out for the window.
public struct State: Equatable, Sendable {
    /// The toolkit being read.
    public let catalog: Catalog
    /// The drawing characters the terminal can show.
    public let glyphs: Glyphs
    /// The window size.
    public internal(set) var size: Size
    /// Where the reader is now.
    public internal(set) var place: Place
    /// Places to return to with Back, most recent last.
    public internal(set) var history: [Place]
    /// Help, when open.
    public internal(set) var overlay: Overlay?
    /// A one-line notice for the status line (an external link's address, a hint), until the next key.
    public internal(set) var notice: String?
    /// Set when the reader quits; the program then restores the terminal and exits.
    public internal(set) var isFinished: Bool
    /// Whether quitting came from an interruption rather than `q`.
    public internal(set) var wasInterrupted: Bool
    /// The current page laid out for the window's text width.
    public internal(set) var document: Document

    /// The state at start: `start` open (at `anchor`, if given) in a window of `size`.
    public init(catalog: Catalog, size: Size, glyphs: Glyphs = .unicode, start: PageID = .root, anchor: String? = nil) {
        self.catalog = catalog
        self.glyphs = glyphs
        self.size = size
        self.history = []
        self.overlay = nil
        self.notice = nil
        self.isFinished = false
        self.wasInterrupted = false
        self.document = State.layout(catalog[start], in: catalog, size: size, glyphs: glyphs)
        self.place = Place(id: start, scroll: 0, focus: catalog[start].isMenu ? 0 : nil)
        if let anchor, let row = document.anchors[anchor] {
            place.scroll = row
            clampScroll()
        } else {
            scrollToFocus()
        }
    }

    /// The page the reader is on.
    public var page: Page { catalog[place.id] }

    /// Which keymap applies now.
    public var context: Context {
        if overlay != nil { return .help }
        return page.isMenu ? .menu : .page
    }

    /// The window's regions.
    public var frame: Frame { Frame(size) }

    /// Lays out a page or menu for a window.
    static func layout(_ page: Page, in catalog: Catalog, size: Size, glyphs: Glyphs) -> Document {
        let width = Frame(size).textWidth
        return page.isMenu
            ? MenuLayout.document(for: page, in: catalog, width: width, glyphs: glyphs)
            : PageLayout.document(for: page, width: width, glyphs: glyphs)
    }

    /// The largest scroll that still fills the body.
    var maximumScroll: Int { max(0, document.lines.count - frame.bodyRows) }

    /// Keeps the scroll within the document.
    mutating func clampScroll() {
        place.scroll = min(max(0, place.scroll), maximumScroll)
    }

    /// Scrolls as little as possible so the focused target is on screen; the first menu item
    /// also brings the menu's lead text into view.
    mutating func scrollToFocus() {
        guard let focus = place.focus, document.targets.indices.contains(focus) else { return }
        let target = document.targets[focus]
        let rows = frame.bodyRows
        if page.isMenu && focus == 0 {
            place.scroll = min(place.scroll, 0)
        }
        if target.lastRow >= place.scroll + rows { place.scroll = target.lastRow - rows + 1 }
        if target.firstRow < place.scroll { place.scroll = target.firstRow }
        clampScroll()
    }

    /// Whether a target is at least partly on screen.
    func isVisible(_ index: Int) -> Bool {
        guard document.targets.indices.contains(index) else { return false }
        let target = document.targets[index]
        return target.lastRow >= place.scroll && target.firstRow < place.scroll + frame.bodyRows
    }
}

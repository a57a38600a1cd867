import Catalog
import Layout

/// Everything the screen shows, as a value: where the reader is, where they have been, what is
/// open over the page, the active search, and the current page laid out for the window.
public struct State: Equatable, Sendable {
    /// The toolkit being read.
    public let catalog: Catalog
    /// Whether the terminal can be told to put text on the reader's clipboard (OSC 52); if not,
    /// a reference is shown to be selected by hand.
    public let canCopy: Bool
    /// Every page's text, for search; built a part at a time while no key waits, and on opening
    /// the search prompt as far as a few hundred pages, since a large toolkit takes a while to index.
    var searchIndex: SearchIndexCache
    /// The drawing characters the terminal can show.
    public let glyphs: Glyphs
    /// The window size.
    public internal(set) var size: Size
    /// Where the reader is now.
    public internal(set) var place: Place
    /// Places to return to with Back, most recent last.
    public internal(set) var history: [Place]
    /// Places Back came from, for Forward, most recent last.
    public internal(set) var forward: [Place]
    /// Help or page information, when open.
    public internal(set) var overlay: Overlay?
    /// The search or go-to line being typed, when open.
    public internal(set) var prompt: Prompt?
    /// The note being written on a checklist item, when open.
    public internal(set) var noteEditor: NoteEditor?
    /// The open workbook's answers to checklist items.
    public internal(set) var workbook: WorkbookAnswers
    /// The confirmed search whose matches are marked.
    public internal(set) var search: SearchSession?
    /// The search's matches in the current document, in reading order.
    public internal(set) var matches: [Match]
    /// The match `n` and `N` last moved to.
    public internal(set) var currentMatch: Int?
    /// A one-line notice for the status line (an external link's address, a hint), until the next key.
    public internal(set) var notice: String?
    /// Set when the reader quits; the program then restores the terminal and exits.
    public internal(set) var isFinished: Bool
    /// The current page (or list) laid out for the window's text width; for a long page, as far
    /// as it has been laid out so far.
    public internal(set) var document: Document
    /// A long page being laid out a part at a time, while some of it is left to lay out.
    var progress: ProgressivePageLayout?

    /// The state at start: `start` open (at `anchor`, or scrolled to `scroll`) in a window of `size`;
    /// `reopened` when it is the place the last run left, which the status line then says once;
    /// answers go to `workbook`.
    public init(catalog: Catalog, size: Size, glyphs: Glyphs = .unicode, start: PageID = .root, anchor: String? = nil, scroll: Int = 0,
                reopened: Bool = false, workbook: WorkbookAnswers = WorkbookAnswers(), canCopy: Bool = false) {
        self.catalog = catalog
        self.canCopy = canCopy
        self.searchIndex = SearchIndexCache(index: SearchIndex(building: catalog))
        self.glyphs = glyphs
        self.size = size
        self.history = []
        self.forward = []
        self.overlay = nil
        self.prompt = nil
        self.noteEditor = nil
        self.workbook = workbook
        self.search = nil
        self.matches = []
        self.currentMatch = nil
        self.notice = reopened ? ReopenedNotice.text(at: start, in: catalog, glyphs: glyphs) : nil
        self.isFinished = false
        self.place = Place(id: start, scroll: scroll, focus: catalog[start].isMenu ? 0 : nil)
        self.document = Document(width: 1, lines: []) { _ in .open(start, anchor: nil) }
        self.progress = nil
        layOutPlace()
        if anchor != nil { layOutAll() }
        if let anchor, let row = document.anchors[anchor] { place.scroll = row }
        clampScroll()
        if isList { scrollToFocus() }
    }

    /// The page the reader is on (for a results list, the page the search started from).
    public var page: Page { catalog[place.id] }

    /// How many more lines of a long page each `.idle` event lays out.
    static let linesPerIdleStep = 500

    /// Whether part of a long page is still to be laid out; `.idle` events lay out more of it,
    /// so the first screen shows at once however long the page is.
    public var isLayingOut: Bool { progress != nil }

    /// Whether there is work for the moments when no key is waiting: the rest of a long page to
    /// lay out, pages to read ahead for "Linked from", or pages to index for search; the event
    /// loop then sends `.idle`.
    public var hasIdleWork: Bool { isLayingOut || catalog.hasPagesToReadAhead || !searchIndex.index.isComplete }

    /// Whether the body is a list of choices (a menu or search results) rather than a page.
    public var isList: Bool { place.results != nil || page.isMenu }

    /// The place worth reopening next time: this one, or for a results list the page it was
    /// reached from (a search is not worth restoring).
    public var readingPlace: Place? {
        place.results == nil ? place : history.last { $0.results == nil }
    }

    /// Which keymap applies now.
    public var context: Context {
        if noteEditor != nil { return .note }
        if prompt != nil { return .prompt }
        switch overlay {
        case .help: return .help
        case .info: return .info
        case .outline: return .outline
        case .citation: return .citation
        case nil: break
        }
        if place.results != nil { return .results }
        return page.isMenu ? .menu : .page
    }

    /// The window's regions.
    public var frame: Frame { Frame(size) }

    /// Lays out a place's page, menu or results list for the window.
    func layout(_ place: Place) -> Document {
        let width = frame.textWidth
        if let query = place.results {
            let hits = searchIndex.index.search(query)
            return ListLayout(width: width, glyphs: glyphs).results(hits, query: query, in: catalog, progress: searchProgress)
        }
        let page = catalog[place.id]
        return page.isMenu
            ? MenuLayout(width: width, glyphs: glyphs).document(for: page, in: catalog, rows: frame.bodyRows, progress: answeredProgress)
            : PageLayout(width: width, glyphs: glyphs, marks: itemMarks(on: page.id)).document(for: page)
    }

    /// Lays out the current place: a long page only as far as the screen needs, the rest later
    /// (on `.idle`, or when a key needs it).
    mutating func layOutPlace() {
        let page = catalog[place.id]
        // A page long in bytes starts from its opening, so that asking for its blocks' count does
        // not parse all of it before the first screen.
        let opening = place.results == nil && !page.isMenu ? catalog.opening(of: place.id) : nil
        guard place.results == nil, !page.isMenu, opening != nil || page.blocks.count >= ProgressivePageLayout.minimumBlocks else {
            progress = nil
            document = layout(place)
            return
        }
        progress = ProgressivePageLayout(page: page, opening: opening, layout: PageLayout(width: frame.textWidth, glyphs: glyphs, marks: itemMarks(on: page.id)))
        layOut(toRow: place.scroll)
    }

    /// Lays out a long page at least to `row` and three screens past it.
    mutating func layOut(toRow row: Int) {
        guard var progress, progress.lineCount < row + 3 * frame.bodyRows else { return }
        progress.extend(toLines: row + 3 * frame.bodyRows)
        take(progress)
    }

    /// Lays out a long page at least through its top-level block `index`.
    mutating func layOut(throughBlock index: Int) {
        guard var progress else { return }
        progress.extend(throughBlock: index)
        take(progress)
    }

    /// Lays out the rest of a long page.
    mutating func layOutAll() {
        guard var progress else { return }
        progress.complete()
        take(progress)
    }

    /// Shows what has been laid out, marking the search's matches in it.
    private mutating func take(_ progress: ProgressivePageLayout) {
        document = progress.document
        self.progress = progress.isComplete ? nil : progress
        if let search, place.results == nil { matches = document.matches(of: search.query, before: searchedOrigins) }
    }

    /// The blocks of the current page that search reads, as the index does: a page's title and
    /// body without the generated footer, a menu's title and lead text but not its items.
    var searchedOrigins: Int { page.isMenu ? 0 : page.footerStart }

    /// The largest scroll that still fills the body.
    var maximumScroll: Int { max(0, document.lines.count - frame.bodyRows) }

    /// Keeps the scroll within the document, laying out more of a long page if the scroll needs it.
    mutating func clampScroll() {
        layOut(toRow: place.scroll)
        place.scroll = min(max(0, place.scroll), maximumScroll)
    }

    /// Scrolls as little as possible so the focused target is on screen; the first item of a list
    /// also brings the text above it into view, and the last the text below it (a menu's lead
    /// that yielded to its items).
    mutating func scrollToFocus() {
        guard let focus = place.focus, document.targets.indices.contains(focus) else { return }
        let isLast = isList && focus == document.targets.count - 1
        place.scroll = State.scroll(place.scroll, showing: document.targets[focus], rows: frame.bodyRows, isFirst: isList && focus == 0,
                                    below: isLast ? document.lines.count : nil)
        clampScroll()
    }

    /// The scroll nearest to `scroll` that shows `target` in `rows` rows, and as much as it can of
    /// what lies above the first item or down to line `below`.
    static func scroll(_ scroll: Int, showing target: Target, rows: Int, isFirst: Bool, below: Int? = nil) -> Int {
        var scroll = isFirst ? 0 : scroll
        if let below { scroll = max(scroll, below - rows) }
        if target.lastRow >= scroll + rows { scroll = target.lastRow - rows + 1 }
        if target.firstRow < scroll { scroll = target.firstRow }
        return scroll
    }

    /// Whether a target is at least partly on screen.
    func isVisible(_ index: Int) -> Bool {
        guard document.targets.indices.contains(index) else { return false }
        let target = document.targets[index]
        return target.lastRow >= place.scroll && target.firstRow < place.scroll + frame.bodyRows
    }
}

import Catalog

/// The answers of the open workbook as the screen knows them: read once, all together, when the
/// workbook is first needed, then changed here as the reader answers and the loop reports back.
///
/// Every answer is read at once rather than a page's at a time: a workbook is small (a row per
/// answered item), the menus' progress needs every page's answers anyway, and one read means one
/// effect and one reply rather than one per page shown.
public struct WorkbookAnswers: Equatable, Sendable {
    /// The name of the workbook every answer goes to.
    public let name: String
    /// Whether it is read at start (a workbook named on the command line), not only when a page
    /// with checklist items is first shown.
    public let opensAtStart: Bool
    /// Whether this program keeps answers at all (a presentation's pages do not).
    public let isKept: Bool
    /// The workbook's answers by page and item key; nil until the workbook has been read.
    public internal(set) var byPage: [PageID: [String: ItemAnswer]]?
    /// Whether the workbook has been asked for (it is read once).
    public internal(set) var isRequested: Bool
    /// Why the workbook could not be read, when it could not: answers are then not taken.
    public internal(set) var problem: String?
    /// Answers shown but not kept, by page and item key, with the reason.
    public internal(set) var unsaved: [PageID: [String: String]]

    /// The name of the workbook used when none is given.
    public static let defaultName = "default"

    /// The answers of workbook `name`, not read yet; read at start when `opensAtStart`.
    public init(name: String = WorkbookAnswers.defaultName, opensAtStart: Bool = false) {
        self.init(name: name, opensAtStart: opensAtStart, isKept: true)
    }

    private init(name: String, opensAtStart: Bool, isKept: Bool) {
        self.name = name
        self.opensAtStart = opensAtStart
        self.isKept = isKept
        self.byPage = nil
        self.isRequested = false
        self.problem = nil
        self.unsaved = [:]
    }

    /// No workbook: for the pages a presentation opens, where answers are not taken, so the
    /// workbook is never asked for.
    public static let notKept = WorkbookAnswers(name: defaultName, opensAtStart: false, isKept: false)

    /// Whether the answers have been read.
    public var isLoaded: Bool { byPage != nil }

    /// The answers on page `id`, by item key (none until read).
    public func answers(on id: PageID) -> [String: ItemAnswer] { byPage?[id] ?? [:] }

    /// The items of page `id` whose answer is shown but not kept.
    public func unsavedKeys(on id: PageID) -> Set<String> { Set((unsaved[id] ?? [:]).keys) }

    /// Takes the answers read from the workbook (again, when another session changed it); an
    /// answer shown as not saved stays as it is shown.
    mutating func load(_ answers: [ItemAnswer]) {
        var byPage: [PageID: [String: ItemAnswer]] = [:]
        for answer in answers { byPage[answer.pageID, default: [:]][answer.itemKey] = answer }
        for (page, keys) in unsaved {
            for key in keys.keys { byPage[page, default: [:]][key] = self.byPage?[page]?[key] }
        }
        self.byPage = byPage
        problem = nil
    }

    /// Shows `answer` for its item, before it is kept.
    mutating func set(_ answer: ItemAnswer) {
        byPage?[answer.pageID, default: [:]][answer.itemKey] = answer
    }

    /// Records that `answer` was kept: its mark of "not saved" goes, if it is still the answer shown.
    mutating func markSaved(_ answer: ItemAnswer) {
        guard let shown = byPage?[answer.pageID]?[answer.itemKey], shown.choice == answer.choice, shown.note == answer.note else { return }
        byPage?[answer.pageID]?[answer.itemKey]?.changedAt = answer.changedAt
        unsaved[answer.pageID]?[answer.itemKey] = nil
        if unsaved[answer.pageID]?.isEmpty == true { unsaved[answer.pageID] = nil }
    }

    /// Records that `answer` could not be kept, and why.
    mutating func markUnsaved(_ answer: ItemAnswer, reason: String) {
        unsaved[answer.pageID, default: [:]][answer.itemKey] = reason
    }

    /// `reason` short enough for the status line: each path in it cut to its file's name (the
    /// program prints the whole reason when it ends).
    public static func brief(_ reason: String) -> String {
        reason.split(separator: " ", omittingEmptySubsequences: false).map { word in
            guard word.hasPrefix("/") || word.hasPrefix("~/"), let slash = word.lastIndex(of: "/") else { return String(word) }
            return String(word[word.index(after: slash)...])
        }.joined(separator: " ")
    }

    /// What the reader should be told when the session ends, if anything was not kept: the whole
    /// reason, paths included.
    public var endNote: String? {
        if let problem { return "answers could not be kept: \(problem)" }
        let reasons = Set(unsaved.values.flatMap(\.values)).sorted()
        guard !reasons.isEmpty else { return nil }
        let count = unsaved.values.reduce(0) { $0 + $1.count }
        return (count == 1 ? "an answer shown as not saved was" : "\(count) answers shown as not saved were") + " not kept: " + reasons.joined(separator: "; ")
    }

    /// How many of `items` have an answer (a note alone is not an answer).
    public func answeredCount(of items: [TaskItem]) -> Int {
        items.reduce(0) { count, item in count + (byPage?[item.page]?[item.key]?.choice == nil ? 0 : 1) }
    }
}

import Catalog
import Runtime

/// A workbook in memory, for running the event loop in tests without a database: it keeps what
/// it is given, counts how often it was read, and with `failure` set refuses every save (and,
/// with `failsToOpen`, every read) with that reason, as a full disk or a read-only directory would.
public final class MemoryAnswerStore: AnswerStore {
    /// The answers kept, by page and item key.
    public private(set) var kept: [PageID: [String: ItemAnswer]] = [:]
    /// What the room said to each closed question, in the order kept.
    public private(set) var roomResults: [RoomResult] = []
    /// How many times the workbook was read.
    public private(set) var reads = 0
    /// Why saves fail, when they do.
    public var failure: String?
    /// Whether reading fails too, with `failure`.
    public var failsToOpen: Bool
    private var changedElsewhere = false

    /// A store holding `answers`; saves fail with `failure` when it is given.
    public init(answers: [ItemAnswer] = [], failure: String? = nil, failsToOpen: Bool = false) {
        self.failure = failure
        self.failsToOpen = failsToOpen
        for answer in answers { kept[answer.pageID, default: [:]][answer.itemKey] = answer }
    }

    /// Every answer kept.
    public func answers() throws -> [ItemAnswer] {
        reads += 1
        if failsToOpen, let failure { throw MemoryStoreFailure(description: failure) }
        return kept.values.flatMap(\.values)
    }

    /// Every answer, once another session has written since the last read.
    public func answersIfChanged() throws -> [ItemAnswer]? {
        guard changedElsewhere else { return nil }
        changedElsewhere = false
        return try answers()
    }

    /// Keeps `answer` as another session would: the next check for changes sees it.
    public func saveFromAnotherSession(_ answer: ItemAnswer) {
        kept[answer.pageID, default: [:]][answer.itemKey] = answer.isEmpty ? nil : answer
        changedElsewhere = true
    }

    /// Keeps `answer`, or forgets its item's row when it says nothing.
    public func save(_ answer: ItemAnswer) throws {
        if let failure { throw MemoryStoreFailure(description: failure) }
        kept[answer.pageID, default: [:]][answer.itemKey] = answer.isEmpty ? nil : answer
    }

    /// Keeps what the room said, unless saves fail.
    public func keep(_ result: RoomResult) throws {
        if let failure { throw MemoryStoreFailure(description: failure) }
        roomResults.append(result)
    }
}

/// The error a failing `MemoryAnswerStore` throws: its reason as it would be shown.
public struct MemoryStoreFailure: Error, CustomStringConvertible {
    /// The reason.
    public let description: String
}

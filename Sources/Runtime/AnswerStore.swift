import Catalog
import Navigation

/// Where the event loop keeps checklist answers: the workbook on disk in the program, a store in
/// memory in tests (`TestSupport`), so that the loop's handling of answers needs no database.
/// A store opens its workbook on first use, never before.
public protocol AnswerStore: AnyObject {
    /// Every answer in the workbook, opening it first if it is not open.
    func answers() throws -> [ItemAnswer]
    /// Keeps `answer` in one transaction (an empty answer removes the row), opening the workbook
    /// first if it is not open.
    func save(_ answer: ItemAnswer) throws
    /// Every answer again if another process has changed the workbook since it was last read,
    /// nil if not (or if it is not open).
    func answersIfChanged() throws -> [ItemAnswer]?
    /// Keeps what the room said to a closed question in one transaction, opening the workbook
    /// first if it is not open.
    func keep(_ result: RoomResult) throws
}

extension AnswerStore {
    /// Carries out a workbook effect and gives the event that reports how it went; nil for an
    /// effect that is not the workbook's. `now` stamps the time of a change.
    func reply(to effect: Effect, now: Int64) -> Event? {
        switch effect {
        case .loadAnswers:
            do { return .answersLoaded(try answers()) } catch { return .answersNotLoaded(reason: Self.reason(error)) }
        case .refreshAnswers:
            // A failed check leaves what is shown as it is; the next save will say what is wrong.
            return (try? answersIfChanged())?.map { .answersLoaded($0) } ?? nil
        case let .save(answer):
            var stamped = answer
            stamped.changedAt = now
            do {
                try save(stamped)
                return .saved(stamped)
            } catch {
                return .notSaved(stamped, reason: Self.reason(error))
            }
        case let .keepRoomResult(result):
            var stamped = result
            stamped.closedAt = now
            do {
                try keep(stamped)
                return nil
            } catch {
                return .roomResultNotKept(reason: Self.reason(error))
            }
        case .repaint, .publish, .readAhead, .copy, .ask, .reveal, .closeQuestion, .tellNotes, .answer, .hand, .clearHands:
            return nil
        }
    }

    /// An error as a reader is told it.
    static func reason(_ error: any Error) -> String {
        VisibleText.make(String(describing: error))
    }
}

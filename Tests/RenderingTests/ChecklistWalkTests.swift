import BuiltinContent
import Catalog
import Layout
@testable import Navigation
@testable import Rendering
import XCTest

/// A seeded walk of 2,000 steps over the real checklist with the workbook read: random keys (answering,
/// notes, every editor key, moving, resizing), pastes, and the loop's reports, some refusing.
/// After every step the focus, scroll and caret are in bounds and every screen row fits.
final class ChecklistWalkTests: XCTestCase {
    private static let catalog: Catalog = {
        guard case let .success(catalog) = CatalogLoader.load(BuiltinContent.files) else { fatalError("built-in content does not load") }
        return catalog
    }()

    /// A small deterministic generator, so a failure can be replayed.
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    func testAWalkOfTwoThousandStepsKeepsEveryInvariant() {
        let pageKeys: [Key] = [.tab, .tab, .tab, .backTab, .character("x"), .character("a"), .down, .up, .pageDown, .pageUp, .end, .home]
        let editorKeys: [Key] = [.enter, .escape, .left, .right, .home, .end, .backspace, .delete, .control("u"), .control("w"), .control("a"),
                                 .control("e"), .control("d"), .control("l"), .tab, .character("é"), .character("宽"), .character(" "), .character("q")]
        let sizes = [Size(columns: 80, rows: 24), Size(columns: 40, rows: 12), Size(columns: 20, rows: 6), Size(columns: 120, rows: 40)]
        var random = Generator(state: 2026)
        let checklist = PageID("tools/partnership-checklist")
        var state = State(catalog: Self.catalog, size: sizes[0], start: checklist)
        var pending: [ItemAnswer] = []
        var saves = 0, notes = 0
        for step in 0..<2000 {
            let event: Event
            switch random.next(20) {
            case 0: event = .resized(sizes[random.next(sizes.count)])
            case 1: event = .pasted(["a\nb", "\u{1b}[31mred", String(repeating: "long ", count: 300), ""][random.next(4)])
            case 2 where !pending.isEmpty: event = .notSaved(pending.removeFirst(), reason: "/data/workbooks.sqlite3: disk full")
            case 3 where !pending.isEmpty: event = .saved(pending.removeFirst())
            default:
                let keys = state.noteEditor == nil ? pageKeys : editorKeys
                event = .key(keys[random.next(keys.count)])
            }
            let (next, effects) = reduce(state, event)
            for effect in effects {
                switch effect {
                case .loadAnswers: state = reduce(next, .answersLoaded([])).state
                case let .save(answer):
                    pending.append(answer)
                    saves += 1
                    if !answer.note.isEmpty { notes += 1 }
                default: break
                }
            }
            state = effects.contains(.loadAnswers) ? state : next
            // The walk stays on the checklist: leaving it (a link, Back, u, q) starts it again there.
            if state.isFinished || state.place.id != checklist || state.place.results != nil {
                state = State(catalog: Self.catalog, size: state.size, start: checklist, workbook: state.workbook)
            }
            let context = "step \(step), \(event)"
            XCTAssertTrue((0...state.maximumScroll).contains(state.place.scroll), context)
            if let focus = state.place.focus { XCTAssertTrue(state.document.targets.indices.contains(focus), context) }
            if let editor = state.noteEditor {
                XCTAssertTrue((0...editor.characters.count).contains(editor.caret), context)
                XCTAssertLessThanOrEqual(editor.characters.count, NoteEditor.maximumLength, context)
            }
            let screen = render(state)
            for row in screen.rows { XCTAssertLessThanOrEqual(row.reduce(0) { $0 + $1.width }, state.size.columns, context) }
            XCTAssertFalse(screen.text.contains("\u{1b}"), context)
        }
        XCTAssertTrue(state.workbook.isLoaded, "the walk reached the answers")
        XCTAssertGreaterThan(saves, 25, "the walk answered items")
        XCTAssertGreaterThan(notes, 5, "the walk wrote notes")
    }
}

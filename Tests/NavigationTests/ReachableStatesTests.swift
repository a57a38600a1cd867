import Catalog
import Layout
@testable import Navigation
import Rendering
import TestSupport
import XCTest

/// A breadth-first walk over every state of the fixture toolkit reachable with every key at
/// several window sizes, checking the invariants after each step.
final class ReachableStatesTests: XCTestCase {
    /// Every bound key and a few unbound ones, keeping one key of each group that does the same
    /// thing in every context (`j` stands for `↓`), so the walk stays small enough to finish.
    private static let keys: [Key] = {
        var keys = Keymap.bindings.flatMap(\.keys)
        keys += [.character("z"), .control("x"), .character("0")]
        var seen: Set<[Command?]> = []
        return keys.filter { key in
            var signature = Context.allCases.map { Keymap.command(for: key, in: $0) }
            if case let .character(character) = key, Keymap.command(for: key, in: .prompt) == nil {
                signature.append(character.isLetter ? nil : .search)
            }
            return seen.insert(signature).inserted
        }
    }()

    /// What makes two states different for the walk: the whole history would make the space
    /// infinite, so only its depth counts, up to one, and a prompt's text up to one character;
    /// below the minimum window size, where a page is hundreds of one-column lines, the scroll
    /// position does not count either.
    private struct Visit: Hashable {
        var place: Place
        var depth: Int
        var overlay: Overlay?
        var size: Size
        var promptText: String?
    }

    func testEveryReachableStateKeepsTheInvariants() {
        let sizes = [Size(columns: 80, rows: 24), Size(columns: 20, rows: 5), Size(columns: 1, rows: 1)]
        let catalog = Fixture.load(Fixture.files(paragraphs: 2))
        var queue = sizes.map { State(catalog: catalog, size: $0) }
        var seen: Set<Visit> = []
        var steps = 0
        while let state = queue.popLast() {
            var place = state.place
            if state.frame.isTooSmall { place.scroll = 0 }
            let visit = Visit(place: place, depth: state.history.count, overlay: state.overlay, size: state.size,
                              promptText: state.prompt?.text)
            guard state.history.count <= 1, (state.prompt?.text.count ?? 0) <= 1, seen.insert(visit).inserted else { continue }
            checkScreen(of: state)
            var events = Self.keys.map(Event.key)
            let nextSize = sizes[((sizes.firstIndex(of: state.size) ?? 0) + 1) % sizes.count]
            events.append(.resized(nextSize))
            for event in events {
                let next = reduce(state, event).state
                steps += 1
                check(next, after: event, from: state)
                if !next.isFinished { queue.append(next) }
            }
        }
        print("walked \(seen.count) states, \(steps) steps")
        XCTAssertGreaterThan(seen.count, 1000, "the walk should cover many states")
    }

    private func check(_ state: State, after event: Event, from before: State, file: StaticString = #filePath, line: UInt = #line) {
        // A function, so the description is only built when an assertion fails.
        func context() -> String { "\(event) from \(before.place) at \(before.size)" }
        XCTAssertTrue((0...state.maximumScroll).contains(state.place.scroll), "scroll out of bounds: \(context())", file: file, line: line)
        if state.page.isMenu {
            guard let focus = state.place.focus else { return XCTFail("a menu without a selection: \(context())", file: file, line: line) }
            XCTAssertTrue(state.document.targets.indices.contains(focus), "selection out of bounds: \(context())", file: file, line: line)
            XCTAssertTrue(state.isVisible(focus), "selection off screen: \(context())", file: file, line: line)
        } else if let focus = state.place.focus {
            XCTAssertTrue(state.document.targets.indices.contains(focus), "link focus out of bounds: \(context())", file: file, line: line)
            XCTAssertTrue(state.isVisible(focus), "focused link off screen: \(context())", file: file, line: line)
        }
        if case let .help(scroll) = state.overlay {
            XCTAssertGreaterThanOrEqual(scroll, 0, context(), file: file, line: line)
        }
        if let prompt = state.prompt {
            XCTAssertTrue(prompt.pages.isEmpty || prompt.pages.indices.contains(prompt.selection), "prompt selection out of bounds: \(context())", file: file, line: line)
            XCTAssertEqual(state.place, before.prompt == nil ? before.place : state.place, "opening a prompt moved the reader: \(context())", file: file, line: line)
        }
        if let match = state.currentMatch {
            XCTAssertTrue(state.matches.indices.contains(match), "current match out of bounds: \(context())", file: file, line: line)
        }
        if event == .key(.escape), before.prompt != nil {
            XCTAssertEqual(state.place, before.place, "Esc in a prompt moved the reader: \(context())", file: file, line: line)
            XCTAssertNil(state.prompt, context(), file: file, line: line)
        }
        if case .resized = event {
            XCTAssertEqual(state.place.id, before.place.id, "resize moved the reader: \(context())", file: file, line: line)
            XCTAssertEqual(state.place.focus == nil, before.place.focus == nil || !state.isVisible(before.place.focus!), context(), file: file, line: line)
            XCTAssertEqual(state.history, before.history, context(), file: file, line: line)
        }
        // In the prompt ← moves the cursor instead of going back.
        if event == .key(.left), before.place.id == .root, before.history.isEmpty, before.overlay == nil, before.prompt == nil {
            XCTAssertEqual(state, before, "back at the root changed something", file: file, line: line)
        }
        XCTAssertEqual(state.document.width, state.frame.textWidth, context(), file: file, line: line)
    }

    /// Renders each state once (not after every step, which would make the walk too slow).
    private func checkScreen(of state: State, file: StaticString = #filePath, line: UInt = #line) {
        let screen = render(state)
        XCTAssertEqual(screen.rows.count, state.size.rows, "\(state.place) at \(state.size)", file: file, line: line)
        XCTAssertFalse(screen.rows.contains { $0.reduce(0) { $0 + $1.width } > state.size.columns },
                       "a row wider than the screen: \(state.place) at \(state.size)", file: file, line: line)
    }
}

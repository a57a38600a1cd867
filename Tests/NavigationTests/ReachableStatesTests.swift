import Catalog
import Layout
@testable import Navigation
import TestSupport
import XCTest

/// A breadth-first walk over every state of the fixture toolkit reachable with every key at
/// several window sizes, checking the invariants after each step.
final class ReachableStatesTests: XCTestCase {
    private static let keys: [Key] = {
        var keys = Keymap.bindings.flatMap(\.keys)
        keys += [.character("z"), .control("x"), .character("0")]
        var seen: Set<Key> = []
        return keys.filter { seen.insert($0).inserted }
    }()

    /// What makes two states different for the walk: the whole history would make the space
    /// infinite, so only its depth counts, up to two; below the minimum window size, where a page
    /// is hundreds of one-column lines, the scroll position does not count either.
    private struct Visit: Hashable {
        var place: Place
        var depth: Int
        var overlay: Overlay?
        var size: Size
    }

    func testEveryReachableStateKeepsTheInvariants() {
        let sizes = [Size(columns: 80, rows: 24), Size(columns: 20, rows: 5), Size(columns: 1, rows: 1), Size(columns: 40, rows: 12)]
        let catalog = Fixture.load(Fixture.files(paragraphs: 2))
        var queue = sizes.prefix(3).map { State(catalog: catalog, size: $0) }
        var seen: Set<Visit> = []
        var steps = 0
        while let state = queue.popLast() {
            var place = state.place
            if state.frame.isTooSmall { place.scroll = 0 }
            let visit = Visit(place: place, depth: state.history.count, overlay: state.overlay, size: state.size)
            guard state.history.count <= 2, seen.insert(visit).inserted else { continue }
            var events = Self.keys.map(Event.key)
            events += sizes.filter { $0 != state.size }.map(Event.resized)
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
        if case .resized = event {
            XCTAssertEqual(state.place.id, before.place.id, "resize moved the reader: \(context())", file: file, line: line)
            XCTAssertEqual(state.place.focus == nil, before.place.focus == nil || !state.isVisible(before.place.focus!), context(), file: file, line: line)
            XCTAssertEqual(state.history, before.history, context(), file: file, line: line)
        }
        if event == .key(.left), before.place.id == .root, before.history.isEmpty, before.overlay == nil {
            XCTAssertEqual(state, before, "back at the root changed something", file: file, line: line)
        }
        XCTAssertEqual(state.document.width, state.frame.textWidth, context(), file: file, line: line)
    }
}

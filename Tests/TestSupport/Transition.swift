import Navigation
import XCTest

/// Asserts that `reducer` takes `before` with `event` to exactly `before` with `change` applied,
/// and gives `effects`: any difference the test did not describe fails, naming every field that
/// differs (the idea of TCA's `TestStore`). Returns the new state so tests can chain steps.
@discardableResult
public func assertTransition<Machine: Equatable>(
    _ before: Machine, _ event: Event, effects: [Effect] = [],
    through reducer: (Machine, Event) -> (state: Machine, effects: [Effect]),
    file: StaticString = #filePath, line: UInt = #line,
    _ change: (inout Machine) -> Void = { _ in }
) -> Machine {
    let (after, actualEffects) = reducer(before, event)
    var expected = before
    change(&expected)
    XCTAssertEqual(actualEffects, effects, "effects of \(event)", file: file, line: line)
    if after != expected {
        let fields = FieldDifference.between(after, expected)
        let differences = fields.isEmpty ? ["a field differs in a way its description does not show"] : fields
        XCTFail("\(event) changed state unexpectedly:\n" + differences.joined(separator: "\n"), file: file, line: line)
    }
    return after
}

/// `assertTransition` through the navigator's `reduce`.
@discardableResult
public func assertTransition(
    _ before: State, _ event: Event, effects: [Effect] = [],
    file: StaticString = #filePath, line: UInt = #line,
    _ change: (inout State) -> Void = { _ in }
) -> State {
    assertTransition(before, event, effects: effects, through: reduce, file: file, line: line, change)
}

/// `assertTransition` through the presentation's `reduce`.
@discardableResult
public func assertTransition(
    _ before: Presentation, _ event: Event, effects: [Effect] = [],
    file: StaticString = #filePath, line: UInt = #line,
    _ change: (inout Presentation) -> Void = { _ in }
) -> Presentation {
    assertTransition(before, event, effects: effects, through: reduce, file: file, line: line, change)
}

/// `assertTransition` through the follower's `reduce`.
@discardableResult
public func assertTransition(
    _ before: Follower, _ event: Event, effects: [Effect] = [],
    file: StaticString = #filePath, line: UInt = #line,
    _ change: (inout Follower) -> Void = { _ in }
) -> Follower {
    assertTransition(before, event, effects: effects, through: reduce, file: file, line: line, change)
}

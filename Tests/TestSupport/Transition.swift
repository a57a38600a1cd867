import Navigation
import XCTest

/// Asserts that `reduce` takes `before` with `event` to exactly `before` with `change` applied,
/// and gives `effects`: any difference the test did not describe fails, naming every field that
/// differs (the idea of TCA's `TestStore`). One function for every mode, since every mode is a
/// `StateMachine`. Returns the new state so tests can chain steps.
@discardableResult
public func assertTransition<Machine: StateMachine>(
    _ before: Machine, _ event: Event, effects: [Effect] = [],
    file: StaticString = #filePath, line: UInt = #line,
    _ change: (inout Machine) -> Void = { _ in }
) -> Machine {
    let (after, actualEffects) = reduce(before, event)
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

import Navigation
import XCTest

/// Asserts that `event` takes `before` to exactly `before` with `change` applied, and gives
/// `effects`: any difference the test did not describe fails (the idea of TCA's `TestStore`).
/// Returns the new state so tests can chain steps.
@discardableResult
public func assertTransition(
    _ before: State, _ event: Event, effects: [Effect] = [],
    file: StaticString = #filePath, line: UInt = #line,
    _ change: (inout State) -> Void = { _ in }
) -> State {
    let (after, actualEffects) = reduce(before, event)
    var expected = before
    change(&expected)
    XCTAssertEqual(actualEffects, effects, "effects of \(event)", file: file, line: line)
    if after != expected {
        var differences: [String] = []
        if after.place != expected.place { differences.append("place: \(after.place) instead of \(expected.place)") }
        if after.history != expected.history { differences.append("history: \(after.history) instead of \(expected.history)") }
        if after.overlay != expected.overlay { differences.append("overlay: \(String(describing: after.overlay)) instead of \(String(describing: expected.overlay))") }
        if after.notice != expected.notice { differences.append("notice: \(String(describing: after.notice)) instead of \(String(describing: expected.notice))") }
        if after.isFinished != expected.isFinished { differences.append("isFinished: \(after.isFinished)") }
        if after.size != expected.size { differences.append("size: \(after.size) instead of \(expected.size)") }
        if after.document != expected.document { differences.append("document differs") }
        XCTFail("\(event) changed state unexpectedly:\n" + differences.joined(separator: "\n"), file: file, line: line)
    }
    return after
}

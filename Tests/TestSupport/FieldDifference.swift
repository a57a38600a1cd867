/// The stored fields in which two values differ, found by reflection, for failure messages that
/// say what changed rather than only that something did.
public enum FieldDifference {
    /// One line per differing field: `name: ACTUAL instead of EXPECTED`, long values shortened;
    /// nested values are compared field by field, so `place.scroll` is named, not all of `place`.
    public static func between(_ actual: Any, _ expected: Any, path: String = "") -> [String] {
        let actualMirror = Mirror(reflecting: actual)
        let actualFields = actualMirror.children
        let expectedFields = Mirror(reflecting: expected).children
        if actualMirror.displayStyle == .dictionary || actualMirror.displayStyle == .set {
            return unordered(actualFields, expectedFields, path: path)
        }
        guard !actualFields.isEmpty, actualFields.count == expectedFields.count else {
            let (shown, wanted) = (String(reflecting: actual), String(reflecting: expected))
            return shown == wanted ? [] : ["\(path.isEmpty ? "value" : path): \(shortened(shown)) instead of \(shortened(wanted))"]
        }
        var lines: [String] = []
        for (index, (got, want)) in zip(actualFields, expectedFields).enumerated() {
            let name = (path.isEmpty ? "" : path + ".") + (got.label ?? "\(index)")
            if String(reflecting: got.value) != String(reflecting: want.value) {
                lines += between(got.value, want.value, path: name)
            }
        }
        return lines
    }

    /// A dictionary's or set's differences: the entries one has and the other lacks. Two equal
    /// ones may list their entries in different orders, so entries are not compared by position.
    private static func unordered(_ actual: Mirror.Children, _ expected: Mirror.Children, path: String) -> [String] {
        let (got, wanted) = (actual.map { String(reflecting: $0.value) }, expected.map { String(reflecting: $0.value) })
        let name = path.isEmpty ? "value" : path
        return got.filter { !wanted.contains($0) }.map { "\(name): has \(shortened($0)), not expected" }
            + wanted.filter { !got.contains($0) }.map { "\(name): lacks \(shortened($0))" }
    }

    private static func shortened(_ text: String) -> String {
        text.count <= 160 ? text : String(text.prefix(157)) + "..."
    }
}

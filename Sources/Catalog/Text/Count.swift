/// A number with its noun in the right form: "1 match", "2 matches".
public enum Count {
    /// `count` followed by `one` when it is 1, else by `many`.
    public static func of(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }

    /// `count` with its thousands separated by commas: "10,000".
    public static func grouped(_ count: Int) -> String {
        var digits = String(count.magnitude)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(digits.suffix(3), at: 0)
            digits.removeLast(3)
        }
        return (count < 0 ? "-" : "") + ([Substring(digits)] + groups).joined(separator: ",")
    }
}

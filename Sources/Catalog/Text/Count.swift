/// A number with its noun in the right form: "1 match", "2 matches".
public enum Count {
    /// `count` followed by `one` when it is 1, else by `many`.
    public static func of(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }
}

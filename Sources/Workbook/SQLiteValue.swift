/// A value bound to an SQL statement's `?`.
enum SQLiteValue {
    case text(String)
    case integer(Int64)
    case null

    /// Text, or NULL for nil.
    static func optional(_ text: String?) -> SQLiteValue {
        text.map(SQLiteValue.text) ?? .null
    }
}

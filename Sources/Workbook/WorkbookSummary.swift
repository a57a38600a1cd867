/// One workbook as `toolkit workbook list` shows it.
public struct WorkbookSummary: Equatable, Sendable {
    /// Its name.
    public var name: String
    /// How many items have an answer (yes, partly, no or not applicable).
    public var answered: Int
    /// How many items have a note.
    public var notes: Int
    /// When an answer or note last changed (seconds since 1970), nil for an empty workbook.
    public var lastChange: Int64?

    /// Creates a summary.
    public init(name: String, answered: Int, notes: Int, lastChange: Int64?) {
        self.name = name
        self.answered = answered
        self.notes = notes
        self.lastChange = lastChange
    }
}

/// Something wrong with a content file, located as precisely as the parsers allow.
public struct ContentProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file, relative to the content folder.
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The 1-based column, when known.
    public var column: Int?
    /// What is wrong, in words an editor can act on.
    public var message: String

    /// Creates a problem report.
    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, the form editors and compilers use.
    public var description: String {
        var location = VisibleText.make(file)
        if let line { location += ":\(line)" }
        if let line = line, line > 0, let column { location += ":\(column)" }
        return "\(location): \(VisibleText.make(message))"
    }
}

/// Every problem found in a content folder; loading fails if there is at least one.
public struct ContentProblems: Error, Equatable, Sendable, CustomStringConvertible {
    /// The problems, in file order.
    public var problems: [ContentProblem]

    /// Creates the collection.
    public init(_ problems: [ContentProblem]) {
        self.problems = problems
    }

    /// One problem per line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

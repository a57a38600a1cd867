/// A content file's path (relative to the content folder, `/`-separated) and its bytes as text.
public struct SourceFile: Equatable, Sendable {
    /// Relative path, e.g. `case-studies/oldham-social-prescribing.md`.
    public var path: String
    /// The file's contents; invalid UTF-8 has already become U+FFFD.
    public var text: String

    /// Creates a source file.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

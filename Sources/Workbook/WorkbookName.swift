/// The rules for a workbook's name: something a person types after `--workbook` and reads on the
/// top line, so short, printable and not mistaken for an option.
public enum WorkbookName {
    /// The workbook used when none is named.
    public static let standard = "default"

    /// The longest name, in characters.
    public static let maximumLength = 64

    /// Throws `.invalidName` with the reason when `name` breaks a rule.
    public static func validate(_ name: String) throws(WorkbookStoreError) {
        if name.isEmpty { throw .invalidName(name, reason: "it is empty") }
        if name.count > maximumLength { throw .invalidName(String(name.prefix(maximumLength)) + "…", reason: "it is longer than \(maximumLength) characters") }
        if name.hasPrefix("-") { throw .invalidName(name, reason: "it starts with '-', like an option") }
        if name.unicodeScalars.contains(where: isInvisible) {
            throw .invalidName(String(String.UnicodeScalarView(name.unicodeScalars.map { isInvisible($0) ? "?" : $0 })), reason: "it holds control characters")
        }
        if name.first!.isWhitespace || name.last!.isWhitespace { throw .invalidName(name, reason: "it starts or ends with a space") }
    }

    /// Control, format and separator characters: they would move the cursor or hide text.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }
}

/// The anchor names that `#anchor` links use for headings.
public enum Anchor {
    /// GitHub's rule: lower-case, letters, digits, `-` and `_` kept, spaces become hyphens,
    /// everything else dropped (`Process and principles` → `process-and-principles`).
    public static func slug(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if character == " " {
                result.append("-")
            } else if character.isLetter || character.isNumber || character == "-" || character == "_" {
                result.append(character)
            }
        }
        return result
    }
}

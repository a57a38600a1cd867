/// The anchor names that `#anchor` links use for headings.
public enum Anchor {
    /// GitHub's rule: lower-case, letters, digits, `-` and `_` kept, spaces become hyphens,
    /// everything else dropped (`Process and principles` → `process-and-principles`).
    public static func slug(_ text: String) -> String {
        // In ASCII, bytes are characters (CR LF, the one pair, is dropped either way), so the
        // slug is made from bytes without case-mapping and classifying every Character.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                switch byte {
                case 0x20: bytes.append(0x2D)
                case 0x41...0x5A: bytes.append(byte + 0x20)
                case 0x61...0x7A, 0x30...0x39, 0x2D, 0x5F: bytes.append(byte)
                default: break
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
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

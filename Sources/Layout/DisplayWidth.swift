/// How many terminal columns text occupies: 2 for wide East Asian characters and emoji, 0 for
/// combining marks, 1 otherwise (what wcwidth says in a UTF-8 locale, without asking the C library).
public enum DisplayWidth {
    /// The columns one grapheme cluster occupies.
    public static func of(_ character: Character) -> Int {
        if character.isASCII { return 1 }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if isWide(first) || first.properties.isEmojiPresentation { return 2 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: return 1
        }
    }

    /// The columns a string occupies.
    public static func of(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The longest prefix of `text` that fits in `width` columns, and its width.
    public static func prefix(of text: String, fitting width: Int) -> (text: String, width: Int) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            let count = min(max(0, width), text.utf8.count)
            return (String(text.utf8.prefix(count))!, count)
        }
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let columns = of(text[index])
            if used + columns > width { break }
            used += columns
            end = text.index(after: index)
        }
        return (String(text[..<end]), used)
    }

    /// `text` cut to `width` columns, ending in the ellipsis glyph when anything was cut.
    public static func truncate(_ text: String, to width: Int, ellipsis: String) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let room = width - of(ellipsis)
        guard room >= 0 else { return prefix(of: text, fitting: width).text }
        return prefix(of: text, fitting: room).text + ellipsis
    }
}

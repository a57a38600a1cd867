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
        if let width = text.utf8.withContiguousStorageIfAvailable(simpleWidth), let width { return width }
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The width of text that is all ASCII, or made only of characters that each stand alone and
    /// are one column wide (`isSimple`); nil for anything else. Walking bytes this way gives the
    /// same answer as measuring `Character`s, without grapheme breaking, which was most of the
    /// time spent laying out a long page and drawing its rows.
    static func simpleWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var width = 0
        var index = 0
        var hasControl = false
        var hasOther = false
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead < 0x20 || lead == 0x7F { hasControl = true }
                index += 1
            } else {
                hasOther = true
                let scalar: UInt32
                if lead & 0xE0 == 0xC0, index + 1 < bytes.count {
                    scalar = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else if lead & 0xF0 == 0xE0, index + 2 < bytes.count {
                    scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else {
                    return nil
                }
                guard isSimple(scalar) else { return nil }
            }
            width += 1
        }
        // Controls count one column each in ASCII text but join other characters (CR LF) in
        // mixed text, so that case is left to the grapheme path.
        return hasControl && hasOther ? nil : width
    }

    /// Characters that are one column wide and never join a neighbour into one grapheme cluster:
    /// Latin letters and signs, punctuation, arrows and box drawing (what bullets, rules, ellipses
    /// and quotes use). Tests check every one against the `Character` path.
    static func isSimple(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xA0...0xAC, 0xAE...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2500...0x257F:
            return true
        default:
            return false
        }
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

    /// `text` cut to `width` columns after its last whole word that fits, ending in the ellipsis
    /// glyph when anything was cut; cut within a word only when not even the first word fits.
    public static func truncateAtWord(_ text: String, to width: Int, ellipsis: String) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let room = width - of(ellipsis)
        guard room > 0 else { return prefix(of: text, fitting: width).text }
        let cut = prefix(of: text, fitting: room + 1).text
        guard let space = cut.lastIndex(of: " "), space > cut.startIndex else { return prefix(of: text, fitting: room).text + ellipsis }
        var kept = String(cut[..<space])
        while kept.last.map({ $0 == " " || $0 == "," || $0 == ";" || $0 == ":" }) == true { kept.removeLast() }
        return kept + ellipsis
    }
}

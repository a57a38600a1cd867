/// How many terminal columns text occupies: the C library's `wcwidth` under a UTF-8 locale, which
/// is what ncurses counts when it places text (`WidthTable`, generated from it), summed over a
/// string's code points as ncurses adds them one by one (so a grapheme cluster is never split,
/// but its width is its code points'). The exceptions, each drawn to match by `TerminalText`:
/// ASCII controls and NUL count one column, and so does a code point the C library cannot print
/// (a C1 control, an unassigned one, U+2028), since the terminal is given `?` in its place.
public enum DisplayWidth {
    /// The columns one grapheme cluster occupies.
    public static func of(_ character: Character) -> Int {
        if character.isASCII { return character.utf8.count }
        var width = 0
        for scalar in character.unicodeScalars { width += of(scalar) }
        return width
    }

    /// The columns one code point occupies: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        // Below U+0300 every code point is one column (Latin-1 and Latin Extended), or drawn as `?`.
        if scalar.value < 0x300 { return 1 }
        let kind = widthClass(scalar.value)
        return kind == unprintable ? 1 : Int(kind)
    }

    /// Whether the C library can print the code point (`wcwidth` is not -1).
    public static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        widthClass(scalar.value) != unprintable
    }

    /// `WidthTable`'s class for code points `wcwidth` gives -1.
    private static let unprintable: UInt32 = 3

    /// The class (0, 1, 2 or `unprintable`) of the run of `WidthTable` holding `value`.
    private static func widthClass(_ value: UInt32) -> UInt32 {
        run(holding: value).kind
    }

    /// The run of `WidthTable` holding `value`: its code points and their class.
    private static func run(holding value: UInt32) -> (range: ClosedRange<UInt32>, kind: UInt32) {
        WidthTable.runs.withUnsafeBufferPointer { runs in
            // The last run starting at or before `value`.
            var low = 0, high = runs.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if runs[middle] >> 2 <= value { low = middle } else { high = middle - 1 }
            }
            let end = low + 1 < runs.count ? runs[low + 1] >> 2 - 1 : 0x10FFFF
            return ((runs[low] >> 2)...end, runs[low] & 3)
        }
    }

    /// The columns a string occupies.
    public static func of(_ text: String) -> Int {
        if let width = text.utf8.withContiguousStorageIfAvailable(simpleWidth), let width { return width }
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
        // Text in one script keeps to a few runs of the table (CJK is one run of 29,000 code
        // points), so the last run found is tried before searching again.
        var total = 0
        var last: (range: ClosedRange<UInt32>, kind: UInt32) = (0...0x2FF, 1)
        for scalar in text.unicodeScalars {
            if !last.range.contains(scalar.value) { last = run(holding: scalar.value) }
            total += last.kind == unprintable ? 1 : Int(last.kind)
        }
        return total
    }

    /// The width of text that is all ASCII, or made only of characters that each stand alone and
    /// are one column wide (`isSimple`); nil for anything else. Walking bytes this way gives the
    /// same answer as measuring code points, without decoding them one by one, which was most of
    /// the time spent laying out a long page and drawing its rows.
    static func simpleWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var width = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
            } else {
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
        return width
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

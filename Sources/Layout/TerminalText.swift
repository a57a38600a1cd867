/// Text as it is given to the terminal, so that what ncurses counts (`wcwidth` of each code point)
/// is what `DisplayWidth` counted and what the terminal draws: each change keeps the width.
/// - a control character (C0, DEL, C1) or a code point the C library cannot print (unassigned,
///   U+2028) becomes `?`, one column as `DisplayWidth` counts it: the C library has no width
///   for them and tmux draws nothing, so the rest of the row would shift;
/// - a bidirectional control (zero columns) is dropped: it would reorder what follows;
/// - a zero-width joiner (U+200D) is dropped: tmux joins whatever follows one into the cell
///   before (a family emoji becomes one 2-column cell) while ncurses counts each emoji, so the
///   emoji are drawn side by side instead.
/// Content's own controls were already made visible by `VisibleText` (`^[`, `<U+202E>`); this is
/// the last line of defence.
public enum TerminalText {
    /// `text` with every code point above changed; `text` itself when there is none.
    public static func drawable(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        guard text.unicodeScalars.contains(where: needsChange) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsChange(scalar) else {
                result.append(scalar)
                continue
            }
            if DisplayWidth.of(scalar) == 1 { result.append("?") }
        }
        return String(result)
    }

    private static func needsChange(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200D, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        case 0x20..<0x300: return false
        default: return !DisplayWidth.isPrintable(scalar)
        }
    }
}

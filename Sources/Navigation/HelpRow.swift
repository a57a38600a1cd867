import Layout
import Synchronization

/// One row of the help screen as drawn at a width: a heading, or keys with (a part of) their help
/// text. Help text wraps at words under itself, so no line is cut mid-word.
public struct HelpRow: Equatable, Sendable {
    /// The keys, on an entry's first row; empty on its other rows and on headings.
    public var keys: String
    /// The heading or help text this row shows.
    public var text: String
    /// Whether it is a context's heading.
    public var isHeading: Bool
    /// The column the text starts at (keys are drawn from column 2).
    public var textColumn: Int

    /// The column help text starts at beside its keys, on windows wide enough for it; narrower
    /// windows give the keys a row of their own.
    public static let besideColumn = 22

    /// The navigator's help screen `width` columns wide, in the arrows' names `glyphs` can show.
    /// Laid out once per width: every key on the help screen and every frame drawn needs it.
    public static func navigatorHelp(width: Int, glyphs: Glyphs) -> [HelpRow] {
        let key = HelpKey(width: width, words: glyphs.foldsText)
        if let rows = laidOut.withLock({ $0[key] }) { return rows }
        let rows = rows(Keymap.helpLines(arrows: ArrowNames(glyphs)), width: width, glyphs: glyphs)
        laidOut.withLock { $0[key] = rows }
        return rows
    }

    private struct HelpKey: Hashable {
        var width: Int
        var words: Bool
    }

    private static let laidOut = Mutex<[HelpKey: [HelpRow]]>([:])

    /// The help lines laid out `width` columns wide.
    public static func rows(_ lines: [HelpLine], width: Int, glyphs: Glyphs) -> [HelpRow] {
        let width = max(1, width)
        let side = width >= besideColumn + 14
        var rows: [HelpRow] = []
        for line in lines {
            switch line {
            case let .heading(title):
                rows += wrap(glyphs.text(title), width: width).map { HelpRow(keys: "", text: $0, isHeading: true, textColumn: 0) }
            case .blank:
                rows.append(HelpRow(keys: "", text: "", isHeading: false, textColumn: 0))
            case let .entry(keys, help):
                let keysWidth = DisplayWidth.of(keys)
                if side && 2 + keysWidth < besideColumn {
                    let parts = wrap(glyphs.text(help), width: width - besideColumn)
                    rows += parts.enumerated().map { HelpRow(keys: $0.offset == 0 ? keys : "", text: $0.element, isHeading: false, textColumn: besideColumn) }
                } else {
                    let indent = min(4, max(0, width - 10))
                    rows.append(HelpRow(keys: keys, text: "", isHeading: false, textColumn: 0))
                    rows += wrap(glyphs.text(help), width: width - indent).map { HelpRow(keys: "", text: $0, isHeading: false, textColumn: indent) }
                }
            }
        }
        return rows
    }

    /// `text` split at spaces into lines of at most `width` columns; a word wider than that is
    /// cut, as only a window narrower than the word can make it.
    private static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        var used = 0
        for word in text.split(separator: " ") {
            var word = String(word)
            var columns = DisplayWidth.of(word)
            if used > 0 && used + 1 + columns <= width {
                line += " " + word
                used += 1 + columns
                continue
            }
            if used > 0 { lines.append(line) }
            while columns > width {
                let part = DisplayWidth.prefix(of: word, fitting: width)
                let taken = part.text.isEmpty ? String(word.prefix(1)) : part.text
                lines.append(taken)
                word = String(word.dropFirst(taken.count))
                columns = DisplayWidth.of(word)
            }
            line = word
            used = columns
        }
        lines.append(line)
        return lines
    }
}

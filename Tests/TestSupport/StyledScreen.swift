import Layout
import Rendering

/// A screen as text with its attributes: each row, then (when any cell of it is styled) a line
/// under it with one letter per cell: `R` reversed, `B` bold, `M` a search mark, `U` underlined or
/// italic, `r` reversed chrome; a space for plain text. Colours are the theme's to choose and
/// are left out, so one snapshot holds for every theme; what must show without colour is here.
/// The letters line starts with `~` in place of the first cell's letter, so it cannot be taken for text.
public enum StyledScreen {
    /// The annotated text of `screen`.
    public static func text(_ screen: Screen) -> String {
        var lines: [String] = []
        for spans in screen.rows {
            lines.append(spans.map(\.text).joined())
            var marks = ""
            for span in spans {
                let letter: Character
                switch (span.style.reverse, span.style.role == .chrome, span.style.mark, span.style.bold, span.style.underline || span.style.italic) {
                case (true, true, _, _, _): letter = "r"
                case (true, false, _, _, _): letter = "R"
                case (false, _, true, _, _): letter = "M"
                case (false, false, false, true, _): letter = "B"
                case (false, false, false, false, true): letter = "U"
                default: letter = " "
                }
                marks += String(repeating: letter, count: span.width)
            }
            let trimmed = String(marks.reversed().drop { $0 == " " }.reversed())
            if !trimmed.isEmpty { lines.append("~" + trimmed.dropFirst()) }
        }
        return lines.joined(separator: "\n")
    }
}

import Catalog
import Layout
import Navigation

/// The band at the foot of a slide or page about the question put to the room: a rule, the
/// question, and either its answer keys or the tally as bars with counts and percentages written
/// out, so it reads without colour and to a screen reader. The presenter's picker is drawn in
/// the same place.
struct RoomBand {
    /// The columns the band spans.
    let width: Int
    /// The glyph set it is drawn in.
    let glyphs: Glyphs

    /// The band's rows for `question` (text `text`) at `width`: the answer keys with `answer`
    /// marked, or the tally once there is one; `keysNote` ends the keys row (the presenter's
    /// `r`/`a` reminder, or the follower's answer).
    func lines(for question: RoomQuestion, text: String, tally: [Int]?, answer: Int?, keysNote: String?) -> [[Span]] {
        let noun = question.kind == .item ? "Checklist item" : "Question"
        var rows = [rule]
        let wrapped = glyphs.wrap(text, width: max(1, width - 2))
        let heading = " \(noun) for the room:"
        rows.append([Span(heading, Style(.chrome, bold: true))])
        let shown = wrapped.prefix(2).enumerated().map { index, line in
            index == 1 && wrapped.count > 2 ? glyphs.truncate(line + " " + wrapped[2], to: max(1, width - 2)) : line
        }
        rows += shown.map { [Span(" " + $0, Style(.text, bold: true))] }
        if let tally {
            rows += bars(question.choices, tally: tally)
        } else {
            var keys: [Span] = [Span(" ")]
            for (index, choice) in question.choices.enumerated() {
                let isChosen = answer == index + 1
                keys.append(Span("\(index + 1)", Style(.chrome, bold: true, reverse: isChosen)))
                keys.append(Span(" " + choice + "  ", Style(.text, bold: isChosen)))
            }
            rows.append(keys)
            if let keysNote {
                // The note goes beside the keys where it fits, else on a row of its own.
                if keys.reduce(0, { $0 + $1.width }) + DisplayWidth.of(keysNote) <= width {
                    rows[rows.count - 1].append(Span(keysNote, Style(.muted)))
                } else {
                    rows.append([Span(" " + glyphs.truncate(keysNote, to: max(1, width - 2)), Style(.muted))])
                }
            }
        }
        return rows
    }

    /// The presenter's picker: a heading and the page's questions and items, the selected one
    /// marked, as many as `room` rows hold around the selection.
    func lines(for picker: QuestionPicker, in catalog: Catalog, room: Int) -> [[Span]] {
        var rows = [rule, [Span(" Ask the room:", Style(.chrome, bold: true))]]
        let visible = max(1, room - rows.count)
        let first = min(max(0, picker.selected - visible + 1), max(0, picker.candidates.count - visible))
        for (offset, candidate) in picker.candidates.dropFirst(first).prefix(visible).enumerated() {
            let isSelected = first + offset == picker.selected
            let label = candidate.kind == .item ? "item" : "question"
            let text = "\(label) \(candidate.index + 1): " + glyphs.text(candidate.text(in: catalog) ?? "")
            let marker = isSelected ? glyphs.selection + " " : "  "
            rows.append([Span(" " + marker, Style(.chrome, bold: true)),
                         Span(glyphs.truncate(text, to: max(1, width - 4)), Style(.text, bold: isSelected, reverse: isSelected))])
        }
        return rows
    }

    /// One row per choice: its name, a bar as long as its share, the count and the percentage.
    func bars(_ choices: [String], tally: [Int]) -> [[Span]] {
        let total = tally.reduce(0, +)
        let nameWidth = choices.map(DisplayWidth.of).max() ?? 0
        let barWidth = max(1, min(30, width - nameWidth - 18))
        let full = glyphs.foldsText ? "#" : "█"
        let empty = glyphs.foldsText ? "." : "░"
        return zip(choices, tally).map { choice, count in
            let percent = total == 0 ? 0 : (count * 100 + total / 2) / total
            let filled = total == 0 ? 0 : (count * barWidth + total / 2) / total
            let pad = String(repeating: " ", count: nameWidth - DisplayWidth.of(choice))
            return [Span("   " + choice + pad + "  "),
                    Span(String(repeating: full, count: filled), Style(.chrome, bold: true)),
                    Span(String(repeating: empty, count: barWidth - filled), Style(.muted)),
                    Span(" \(count) (\(percent)%)", Style(.text, bold: true))]
        }
    }

    private var rule: [Span] {
        [Span(String(repeating: glyphs.rule, count: max(0, width)), Style(.muted))]
    }
}

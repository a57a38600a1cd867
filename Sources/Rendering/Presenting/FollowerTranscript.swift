import Catalog
import Layout
import Navigation

/// `toolkit follow --plain`: what a follower shows, as a few lines of plain text for a screen
/// reader, one fact a line (where the presenter is, the question put to the room, its answer
/// keys, the follower's answer, the tally, the hand). The line terminal prints each line that
/// changed, so the scrollback reads as the workshop went.
public enum FollowerTranscript {
    /// The lines for `follower` now.
    public static func lines(for follower: Follower) -> [String] {
        let catalog = follower.slides.catalog
        var lines: [String] = []
        if !follower.isConnected {
            lines.append("The presenter has stopped sharing; waiting for them to share again. Type q and Enter to leave.")
        } else {
            switch follower.latest {
            case nil: lines.append("Waiting for the presenter.")
            case .blank?: lines.append("The presenter has blanked the screen.")
            case .ended?: lines.append("The presenter has finished.")
            case let .slide(menu, index, _)?:
                let deck = Deck(menu: menu, in: catalog)
                let title = deck.items.indices.contains(index) ? catalog[deck.items[index]].shortTitle : ""
                lines.append(capitalised(deck.label(of: index, in: catalog)) + ": " + title)
            case let .page(id, _)?:
                lines.append("Reading: " + (catalog.page(id)?.title ?? id.description))
            }
        }
        if let heard = follower.question {
            let noun = heard.question.kind == .item ? "Checklist item" : "Question"
            lines.append("\(noun) for the room: \(heard.text)")
            let choices = heard.question.choices.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ")
            lines.append("Answer with a number and Enter: \(choices).")
            if let answer = heard.answer { lines.append("Your answer: \(heard.question.choices[answer - 1]).") }
            if let tally = heard.tally {
                let total = tally.reduce(0, +)
                for (choice, count) in zip(heard.question.choices, tally) {
                    let percent = total == 0 ? 0 : (count * 100 + total / 2) / total
                    lines.append("Tally, \(choice): \(count) (\(percent)%)")
                }
            }
        }
        if follower.isHandRaised { lines.append("Your hand is up; h and Enter lowers it.") }
        return lines
    }

    /// The lines as a screen, one a row, for the loop to hand to the line terminal.
    public static func screen(for follower: Follower) -> Screen {
        let lines = lines(for: follower)
        var screen = Screen(size: Size(columns: lines.map(DisplayWidth.of).max() ?? 0, rows: lines.count))
        for (row, line) in lines.enumerated() { screen.draw([Span(line)], at: row) }
        return screen
    }

    private static func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}

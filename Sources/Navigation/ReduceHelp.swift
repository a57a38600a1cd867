import Catalog
import Layout

/// Scrolling the help screen.
extension State {
    /// The help screen's rows at the window's width, in the arrows' names this terminal shows.
    public var helpRows: [HelpRow] {
        HelpRow.navigatorHelp(width: frame.textWidth, glyphs: glyphs)
    }

    func helpScroll(after command: Command, from scroll: Int) -> Int {
        HelpScroll.after(command, from: scroll, count: helpRows.count, rows: frame.bodyRows)
    }
}

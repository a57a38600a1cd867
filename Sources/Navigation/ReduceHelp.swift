import Catalog
import Layout

/// Scrolling the help and page information screens.
extension State {
    /// The help screen's rows at the window's width, in the arrows' names this terminal shows.
    public var helpRows: [HelpRow] {
        HelpRow.navigatorHelp(width: frame.textWidth, glyphs: glyphs)
    }

    func helpScroll(after command: Command, from scroll: Int) -> Int {
        HelpScroll.after(command, from: scroll, count: helpRows.count, rows: frame.bodyRows)
    }

    /// The page information screen's lines, for this window.
    public var infoLines: [Line] {
        InfoLayout.lines(for: page, in: catalog, columns: frame.size.columns, margin: frame.margin, textWidth: frame.textWidth, glyphs: glyphs)
    }

    func infoScroll(after command: Command, from scroll: Int) -> Int {
        HelpScroll.after(command, from: scroll, count: infoLines.count, rows: frame.bodyRows)
    }
}

import Catalog
import Layout

/// Scrolling the help and page information screens.
extension State {
    func helpScroll(after command: Command, from scroll: Int) -> Int {
        HelpScroll.after(command, from: scroll, count: Keymap.helpLines(arrows: .symbols).count, rows: frame.bodyRows)
    }

    /// The page information screen's lines, for this window.
    public var infoLines: [Line] {
        InfoLayout.lines(for: page, in: catalog, columns: frame.size.columns, margin: frame.margin, textWidth: frame.textWidth, glyphs: glyphs)
    }

    func infoScroll(after command: Command, from scroll: Int) -> Int {
        HelpScroll.after(command, from: scroll, count: infoLines.count, rows: frame.bodyRows)
    }
}

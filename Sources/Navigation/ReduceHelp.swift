import Catalog
import Layout

/// Scrolling the help screen.
extension State {
    func helpScroll(after command: Command, from scroll: Int) -> Int {
        HelpScroll.after(command, from: scroll, count: Keymap.helpLines(arrows: .symbols).count, rows: frame.bodyRows)
    }
}

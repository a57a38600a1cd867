/// What the reader asked for: the intent a key is bound to in the keymap.
public enum Command: Hashable, Sendable {
    /// Previous item in a menu; scroll up a line on a page.
    case moveUp
    /// Next item in a menu; scroll down a line on a page.
    case moveDown
    /// A screenful up.
    case pageUp
    /// A screenful down.
    case pageDown
    /// To the top.
    case top
    /// To the bottom.
    case bottom
    /// Open the selected item or follow the selected link.
    case open
    /// Return to where you were before.
    case back
    /// Select the next link on the page.
    case nextLink
    /// Select the previous link on the page.
    case previousLink
    /// Open the nth item of a menu (1-based).
    case pick(Int)
    /// Show the keys.
    case help
    /// Close whatever is open (help, a notice); never quits.
    case close
    /// Redraw the whole screen.
    case repaint
    /// Leave the program.
    case quit
}

/// Work the state machine asks the program to do, returned as a value so tests can assert it.
public enum Effect: Equatable, Sendable {
    /// Clear and redraw the whole terminal, not just what changed.
    case repaint
}

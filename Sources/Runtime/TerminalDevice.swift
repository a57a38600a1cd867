import Navigation
import Rendering

/// What the event loop needs of a terminal: its size, a descriptor to wait on for input, the
/// events ready now, a way to draw a `Screen`, and a way to give the terminal back. Curses
/// provides it for real (`CursesTerminal`); tests provide one in memory, with scripted events.
public protocol TerminalDevice: AnyObject {
    /// The window's size now.
    var size: Size { get }
    /// The file descriptor that becomes readable when input arrives; negative when there is none
    /// to wait on (a scripted terminal, whose events are always ready).
    var inputDescriptor: Int32 { get }
    /// Every key, mouse event and resize ready now, in order; never waits.
    func readEvents() -> [Event]
    /// Draws a screen; `fully` clears the terminal first (Ctrl-L, a resize).
    func draw(_ screen: Screen, fully: Bool)
    /// Leaves full-screen mode and restores the terminal; safe to call more than once.
    func stop()
    /// Asks the terminal to put `text` on the reader's clipboard.
    func copy(_ text: String)
}

import CNcursesw
import Glibc
import Layout
import Navigation
import Rendering
import Runtime

/// The one place that talks to the terminal: starts and stops curses, reads events, and draws
/// `Screen` values (ncurses then sends only what changed).
public final class CursesTerminal: TerminalDevice {
    private let screenPointer: OpaquePointer
    private let palette: Palette
    private let sparesLastColumn: Bool
    private var isStopped = false

    /// Starts curses on the controlling terminal, or returns nil if the terminal type is unknown or
    /// cannot address the cursor (instead of letting curses exit the process or draw garbage).
    /// Mouse reporting is on only when asked for, so text selection keeps working by default.
    public init?(theme: Theme, useColor: Bool, mouse: Bool) {
        SignalGuard.install()
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
              let screen = newterm(nil, output, input) else { return nil }
        guard Self.canAddressCursor() else {
            endwin()
            delscreen(screen)
            return nil
        }
        screenPointer = screen
        sparesLastColumn = LastColumn.isUnsafe
        SignalGuard.setCursesActive(true)
        CapabilityTuning.apply()
        cbreak()
        noecho()
        nonl()
        keypad(toolkit_stdscr(), true)
        CommonKeys.define()
        set_escdelay(25)
        wtimeout(toolkit_stdscr(), 0)
        palette = Palette(theme: theme, useColor: useColor)
        if mouse {
            mousemask(toolkit_button1_clicked() | toolkit_button1_released() | toolkit_button4_pressed() | toolkit_button5_pressed(), nil)
            mouseinterval(0)
        }
        curs_set(1)
        // A paste then arrives bracketed, as one event, so a line break in it is not Enter.
        Self.send("BE")
    }

    deinit {
        stop()
    }

    /// The window's size now: a column less where the last one must stay unwritten (`LastColumn`).
    public var size: Size {
        Size(columns: Int(toolkit_cols()) - (sparesLastColumn ? 1 : 0), rows: Int(toolkit_lines()))
    }

    /// Whether the terminal can move its cursor anywhere (`TERM=dumb` cannot), which the screen needs.
    private static func canAddressCursor() -> Bool {
        hasCapability("cup")
    }

    /// Whether the terminal's description has this string capability.
    private static func hasCapability(_ name: String) -> Bool {
        guard let capability = tigetstr(name) else { return false }
        return Int(bitPattern: capability) != -1
    }

    /// Writes a string capability of the terminal's description straight to the terminal, if
    /// the description has it (xterm's, tmux's and others' `BE` and `BD`, bracketed paste on and off).
    private static func send(_ name: String) {
        guard hasCapability(name), let capability = tigetstr(name) else { return }
        _ = write(STDOUT_FILENO, capability, strlen(capability))
    }

    /// Standard input, where keys arrive.
    public var inputDescriptor: Int32 { STDIN_FILENO }

    /// Every key and resize curses has ready now; reads never wait (the loop waits with `poll`).
    public func readEvents() -> [Event] {
        KeyDecoder.readyEvents(from: toolkit_stdscr()) { self.size }
    }

    /// Draws a screen; `fully` clears the terminal first (Ctrl-L, a resize).
    public func draw(_ screen: Screen, fully: Bool) {
        let window = toolkit_stdscr()
        if fully { clearok(window, true) }
        for (row, spans) in screen.rows.enumerated() {
            wmove(window, Int32(row), 0)
            for span in spans {
                wattrset(window, Int32(bitPattern: palette.attributes(for: span.style)))
                waddstr(window, TerminalText.drawable(span.text))
            }
            wattrset(window, Int32(bitPattern: toolkit_a_normal()))
            wclrtoeol(window)
        }
        wmove(window, Int32(screen.cursor.row), Int32(screen.cursor.column))
        wrefresh(window)
    }

    /// Leaves curses mode and restores the terminal; safe to call more than once.
    /// Where there is no alternate screen (the Linux console, VT100, VT220), what was drawn
    /// stays, and endwin leaves the cursor on its last row, the hints: a new line below them
    /// gives the shell a clean line for its prompt, as `less` does.
    public func stop() {
        guard !isStopped else { return }
        isStopped = true
        let keepsScreen = !Self.hasCapability("smcup")
        curs_set(1)
        endwin()
        Self.send("BD")
        if keepsScreen { _ = write(STDOUT_FILENO, "\n", 1) }
        SignalGuard.setCursesActive(false)
        delscreen(screenPointer)
    }

    /// Writes the OSC 52 sequence for `text` straight to the terminal, after the frame curses has
    /// flushed; inside tmux also its passthrough form (see `ClipboardSequence`).
    public func copy(_ text: String) {
        let insideTmux = getenv("TMUX") != nil
        let bytes = ClipboardSequence.osc52(text) + (insideTmux ? ClipboardSequence.tmuxPassthrough(text) : [])
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { return }
            written += result
        }
    }

    /// Whether the terminal is known to take OSC 52 (`ClipboardSequence.isSupported`).
    public static var canCopy: Bool {
        ClipboardSequence.isSupported(term: getenv("TERM").map { String(cString: $0) }, insideTmux: getenv("TMUX") != nil)
    }

}

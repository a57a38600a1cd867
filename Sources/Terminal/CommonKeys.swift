import CNcursesw

/// The sequences that xterm, VTE, tmux, screen and the Linux console send for the keys toolkit
/// uses, whatever TERM says. A description may list other sequences or none at all (TERM=vt100
/// has no Page Down, TERM=ansi expects `ESC [ G` for it, xterm's has no `ESC [ 1 ~` for Home),
/// yet the terminal behind it is nearly always one of these.
enum CommonKeys {
    private static let sequences: [(String, Int32)] = [
        ("\u{1b}[1~", KEY_HOME), ("\u{1b}[4~", KEY_END), ("\u{1b}[H", KEY_HOME), ("\u{1b}[F", KEY_END),
        ("\u{1b}OH", KEY_HOME), ("\u{1b}OF", KEY_END), ("\u{1b}[5~", KEY_PPAGE), ("\u{1b}[6~", KEY_NPAGE),
        ("\u{1b}[Z", KEY_BTAB), ("\u{1b}[A", KEY_UP), ("\u{1b}[B", KEY_DOWN), ("\u{1b}[C", KEY_RIGHT),
        ("\u{1b}[D", KEY_LEFT), ("\u{1b}OA", KEY_UP), ("\u{1b}OB", KEY_DOWN), ("\u{1b}OC", KEY_RIGHT),
        ("\u{1b}OD", KEY_LEFT),
    ]

    /// Teaches curses every sequence; call once, after `keypad`.
    static func define() {
        for (sequence, code) in sequences { define_key(sequence, code) }
    }
}

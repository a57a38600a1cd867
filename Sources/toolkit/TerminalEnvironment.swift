import Glibc
import Layout

/// What the environment says about the terminal: whether there is one, what it can draw, and
/// whether colour is wanted.
struct TerminalEnvironment {
    /// Both standard input and standard output are terminals.
    let isInteractive: Bool
    /// Unicode glyphs in a UTF-8 locale, ASCII otherwise.
    let glyphs: Glyphs
    /// Colour unless `NO_COLOR` is set (to anything but the empty string) or TERM is dumb.
    let useColor: Bool
    /// The TERM variable.
    let term: String?

    /// Reads the environment; sets the locale from it first, as curses needs.
    static func current() -> TerminalEnvironment {
        setlocale(LC_ALL, "")
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
        let utf8 = codeset.uppercased().replacingDashes == "UTF8"
        let noColor = variable("NO_COLOR").map { !$0.isEmpty } ?? false
        let term = variable("TERM")
        return TerminalEnvironment(
            isInteractive: isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1,
            glyphs: utf8 ? .unicode : .ascii,
            useColor: !noColor && term != "dumb",
            term: term
        )
    }

    /// The width for plain output: the terminal's, if standard output is one; else `COLUMNS` if
    /// set and sensible; else 80.
    static var plainWidth: Int {
        var window = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0, window.ws_col >= 20 {
            return Int(window.ws_col)
        }
        if let columns = variable("COLUMNS").flatMap(Int.init), (20...1000).contains(columns) { return columns }
        return 80
    }

    static func variable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}

private extension String {
    var replacingDashes: String { filter { $0 != "-" } }
}

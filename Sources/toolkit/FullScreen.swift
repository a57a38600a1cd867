import Terminal

/// Starting the full screen for commands that have no line-by-line form.
enum FullScreen {
    /// The terminal in curses mode, or a message and exit 69 (EX_UNAVAILABLE) when there is no
    /// terminal or its type is unknown.
    static func open(theme: Theme, environment: TerminalEnvironment, command: String) throws -> CursesTerminal {
        guard environment.isInteractive else {
            StandardError.write("toolkit: \(command) needs a terminal (standard input and output are not one); toolkit show --all prints a handout instead.")
            throw Exit(69)
        }
        guard environment.term != "dumb", let terminal = CursesTerminal(theme: theme, useColor: environment.useColor, mouse: false) else {
            StandardError.write("toolkit: \(command) needs a terminal that can move its cursor, and '\(environment.term ?? "(unset)")' cannot; set TERM (e.g. TERM=xterm-256color).")
            throw Exit(69)
        }
        return terminal
    }
}

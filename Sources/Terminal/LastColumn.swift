import CNcursesw

/// Whether each row's last column must stay unwritten.
///
/// A description with automatic margins but without `xenl` (TERM=ansi) says the cursor wraps to
/// the next row as soon as a row's last column is written. xterm, tmux, the Linux console and
/// nearly every terminal run under that name wrap only when the next character arrives, so
/// ncurses, believing the cursor already on the next row, moved it with a column-only move
/// (`ESC [ 3 G`) that landed on the row above: the title was drawn over the top bar and every
/// line below came one row low. Which way the terminal really wraps cannot be told from here,
/// so the screen is laid out one column narrower there and the cursor never reaches the margin,
/// as vi and less do on such terminals. ncurses's own view of the description cannot be
/// changed: its public copy is not the one it draws with.
enum LastColumn {
    /// True where the description's automatic margins make writing the last column unsafe.
    static var isUnsafe: Bool {
        tigetflag("am") == 1 && tigetflag("xenl") != 1
    }
}

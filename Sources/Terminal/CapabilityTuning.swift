import CNcursesw
import Glibc

/// Shortens three capabilities in ncurses's loaded copy of the terminal description, so that it
/// draws the same screen with fewer bytes (a page turn at 80x24 writes about a tenth less).
/// Each edit keeps what the terminal does and only ever shortens a string in place.
enum CapabilityTuning {
    /// Applies the edits where the terminal type is of a family the terminal matrix tests
    /// (TerminalMatrixTests); any other type is drawn by ncurses as its description says.
    /// Call once, right after `newterm`, before anything is drawn.
    static func apply() {
        guard let name = termname().map({ String(cString: $0) }), isProven(name) else { return }
        edit("sgr0") { sgr0 in
            charsetResets.reduce(sgr0) { $0.replacingAll($1, with: "") }
        }
        edit("sgr", withoutCharsetClause)
        // ncurses 6.4 never moves down with a cud1 that is LF, since a tty may turn LF into CR LF,
        // so every new row cost a full cursor address (`ESC [ 12 ; 3 H`). VT is LF to every
        // terminal that sends LF for cud1 (VT100, xterm, VTE, tmux, the Linux console), and no tty
        // translates it, so ncurses can go to the next row with CR VT.
        edit("cud1") { $0 == "\n" ? "\u{0B}" : $0 }
    }

    /// The families whose every tested type draws the reference screen with the edits: the
    /// VT100 descendants, which take VT as LF and never need the character-set resets.
    private static let provenFamilies = ["xterm", "screen", "tmux", "rxvt", "linux", "vt100", "vt220"]

    /// Whether `name` is one of the proven families or a variant of one (`xterm-256color`).
    static func isProven(_ name: String) -> Bool {
        provenFamilies.contains { name == $0 || name.hasPrefix($0 + "-") || name.hasPrefix($0 + ".") }
    }

    /// What sgr0 sends to leave the line-drawing character set. toolkit never enters it (its
    /// lines are Unicode text) and curses has already reset it once at start, so every later
    /// copy only costs bytes.
    private static let charsetResets = ["\u{1B}(B", "\u{0F}"]

    /// sgr without its `%?%p9%t…%e…%;` clause, which picks the character set on every attribute
    /// change for the same reason.
    private static func withoutCharsetClause(_ sgr: String) -> String {
        guard let start = sgr.firstRange(of: "%?%p9%t"), let end = sgr[start.upperBound...].firstRange(of: "%;") else { return sgr }
        let clause = sgr[start.upperBound..<end.lowerBound]
        guard !clause.contains("%?") else { return sgr }
        return String(sgr[..<start.lowerBound] + sgr[end.upperBound...])
    }

    /// Rewrites a capability's string where ncurses keeps it, if the new one is no longer.
    private static func edit(_ name: String, _ change: (String) -> String) {
        guard let pointer = tigetstr(name), Int(bitPattern: pointer) != -1 else { return }
        let old = String(cString: pointer)
        let new = change(old)
        guard new != old, new.utf8.count <= old.utf8.count else { return }
        _ = new.withCString { strcpy(pointer, $0) }
    }
}

private extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

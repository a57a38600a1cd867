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
            charsetResets.reduce(sgr0) { $0.removingAll($1) }
        }
        edit("sgr", withoutCharsetClause)
        // ncurses 6.4 never moves down with a cud1 that is LF, since a tty may turn LF into CR LF,
        // so every new row cost a full cursor address (`ESC [ 12 ; 3 H`). VT is LF to every
        // terminal that sends LF for cud1 (VT100, xterm, VTE, tmux, the Linux console), and no tty
        // translates it, so ncurses can go to the next row with CR VT.
        edit("cud1") { $0 == [0x0A] ? [0x0B] : $0 }
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
    private static let charsetResets: [[UInt8]] = [[0x1B, UInt8(ascii: "("), UInt8(ascii: "B")], [0x0F]]

    /// sgr without its `%?%p9%t…%e…%;` clause, which picks the character set on every attribute
    /// change for the same reason.
    private static func withoutCharsetClause(_ sgr: [UInt8]) -> [UInt8] {
        guard let start = sgr.offset(of: Array("%?%p9%t".utf8)),
              let end = sgr.offset(of: Array("%;".utf8), from: start + 7),
              sgr[(start + 7)..<end].offset(of: Array("%?".utf8)) == nil else { return sgr }
        return Array(sgr[..<start] + sgr[(end + 2)...])
    }

    /// Rewrites a capability's string where ncurses keeps it, if the new one is no longer. The
    /// strings are edited as bytes: they are escape sequences, and the start-up path is no
    /// place for Character-by-Character searching.
    private static func edit(_ name: String, _ change: ([UInt8]) -> [UInt8]) {
        guard let pointer = tigetstr(name), Int(bitPattern: pointer) != -1 else { return }
        let old = Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)))
        let new = change(old)
        guard new != old, new.count <= old.count else { return }
        (new + [0]).withUnsafeBytes { bytes in
            UnsafeMutableRawPointer(pointer).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
        }
    }
}

private extension Collection where Element == UInt8, Index == Int {
    /// Where `pattern` first starts at or after `from`.
    func offset(of pattern: [UInt8], from: Int? = nil) -> Int? {
        let first = from ?? startIndex
        guard !pattern.isEmpty, count >= pattern.count, first <= endIndex - pattern.count else { return nil }
        return (first...(endIndex - pattern.count)).first { start in
            pattern.indices.allSatisfy { self[start + $0] == pattern[$0] }
        }
    }

    /// Without any copy of `pattern`.
    func removingAll(_ pattern: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = startIndex
        while index < endIndex {
            if index <= endIndex - pattern.count, pattern.indices.allSatisfy({ self[index + $0] == pattern[$0] }) {
                index += pattern.count
            } else {
                result.append(self[index])
                index += 1
            }
        }
        return result
    }
}

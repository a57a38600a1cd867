/// The bytes that ask a terminal to put text on the reader's clipboard: OSC 52
/// (`ESC ] 52 ; c ; BASE64 BEL`), which xterm and its heirs honour and which reaches the reader's
/// own terminal through SSH; inside tmux also wrapped as a DCS passthrough, for a tmux that does not
/// take OSC 52 itself (`set-clipboard off`) but lets programs through (`allow-passthrough on`).
/// Only base64 travels in the sequence, so no text can end it early or add one of its own.
public enum ClipboardSequence {
    /// The OSC 52 sequence for `text`.
    public static func osc52(_ text: String) -> [UInt8] {
        Array("\u{1B}]52;c;".utf8) + base64(Array(text.utf8)) + [0x07]
    }

    /// The sequence wrapped for tmux's passthrough: its ESC bytes doubled inside `ESC P tmux; … ESC \`.
    public static func tmuxPassthrough(_ text: String) -> [UInt8] {
        let inner = osc52(text).flatMap { $0 == 0x1B ? [0x1B, 0x1B] : [$0] }
        return Array("\u{1B}Ptmux;".utf8) + inner + Array("\u{1B}\\".utf8)
    }

    /// Whether a terminal of type `term` is known to take OSC 52, or the program runs inside tmux
    /// (`insideTmux`), which takes it with `set-clipboard on` and passes it on. The Linux console,
    /// the old DEC types and unknown ones are not.
    public static func isSupported(term: String?, insideTmux: Bool) -> Bool {
        if insideTmux { return true }
        guard let term else { return false }
        let known = ["xterm", "screen", "tmux", "rxvt", "alacritty", "foot", "kitty", "wezterm", "st-", "contour", "ghostty", "vte", "gnome", "konsole", "iterm"]
        return known.contains { term.hasPrefix($0) }
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// `bytes` in base64, padded with `=`.
    static func base64(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * UInt32($1.offset)) }
            for position in 0..<4 {
                result.append(position <= chunk.count ? alphabet[Int(value >> (18 - 6 * UInt32(position)) & 0x3F)] : UInt8(ascii: "="))
            }
            index += 3
        }
        return result
    }
}

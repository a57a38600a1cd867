import Glibc

/// Turns text from content into text that is safe to send to a terminal: control characters,
/// escape sequences and bidirectional overrides become visible notation instead of being emitted.
public enum VisibleText {
    /// Returns `text` with every C0/C1 control (except newline) and bidi control made visible:
    /// ESC as `^[`, DEL as `^?`, C1 and bidi controls as `<U+202E>`; a tab becomes a space.
    public static func make(_ text: String) -> String {
        if text.utf8.withContiguousStorageIfAvailable(hasNothingToEscape) == true { return text }
        guard text.unicodeScalars.contains(where: needsEscaping) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsEscaping(scalar) else {
                result.append(scalar)
                continue
            }
            result.append(contentsOf: notation(for: scalar).unicodeScalars)
        }
        return String(result)
    }

    /// `make(String(decoding: bytes, as: UTF8.self))`, checking the bytes before making the
    /// string, so that text with nothing to escape is not looked at again.
    static func make(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        // Repairing invalid UTF-8 only adds U+FFFD (EF BF BD), which flags nothing, so bytes
        // with nothing to escape make a string with nothing to escape.
        return hasNothingToEscape(bytes) ? text : make(text)
    }

    /// Whether UTF-8 text has nothing to escape, decided on bytes: every scalar `needsEscaping`
    /// flags is an ASCII control or starts with byte C2 (U+0080...U+009F) or E2 (U+2000...U+2FFF),
    /// so text without those bytes is safe; text with them is checked scalar by scalar. Decoding
    /// every page's scalars was the largest cost of sanitising; the bytes are looked at sixteen
    /// at a time since every run of a page's text passes through here.
    static func hasNothingToEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let lanes = EscapedLanes()
        var flagged = SIMDMask<SIMD16<Int8>>()
        var index = 0
        while index + 16 <= bytes.count {
            flagged = flagged .| lanes.in(UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self))
            index += 16
        }
        // Most runs are shorter than sixteen bytes, so the rest goes through the same test,
        // padded with spaces, rather than a byte at a time.
        if index < bytes.count {
            var rest = SIMD16<UInt8>(repeating: 0x20)
            withUnsafeMutableBytes(of: &rest) { _ = memcpy($0.baseAddress!, base + index, bytes.count - index) }
            flagged = flagged .| lanes.in(rest)
        }
        return !any(flagged)
    }

    /// Whether the scalar must not reach a terminal as it is.
    public static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    private static func notation(for scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x09: return " "
        case 0x00...0x1F: return "^" + String(Unicode.Scalar(UInt8(scalar.value) + 0x40))
        case 0x7F: return "^?"
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
        }
    }
}

/// The test `VisibleText.hasNothingToEscape` makes of sixteen bytes at once. Only lane-wise
/// equality compiles to vector instructions, so a control is a byte whose top three bits are
/// clear, with a line feed taken back out.
private struct EscapedLanes {
    let topBits = SIMD16<UInt8>(repeating: 0xE0), zero = SIMD16<UInt8>(repeating: 0)
    let lineFeed = SIMD16<UInt8>(repeating: 0x0A), delete = SIMD16<UInt8>(repeating: 0x7F)
    let c2 = SIMD16<UInt8>(repeating: 0xC2), e2 = SIMD16<UInt8>(repeating: 0xE2)

    /// The lanes of `chunk` holding a byte to look at closer.
    @inline(__always)
    func `in`(_ chunk: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        let control = ((chunk & topBits) .== zero) .^ (chunk .== lineFeed)
        return control .| (chunk .== delete) .| (chunk .== c2) .| (chunk .== e2)
    }
}

/// The text between words (spaces, punctuation), each distinct run held once and numbered in a
/// byte: with the words' numbers it gives a line back, so the index need not keep the text
/// itself, which was most of its memory.
struct SearchGaps: Sendable {
    /// Each run, by number.
    private(set) var texts: [String] = []
    private var numbers: [String: UInt8] = [:]
    /// The numbers of the empty run (at 0) and of each one-byte run (at 1 + the byte), or -1:
    /// nearly every run is one of these, and looking them up here keeps indexing fast.
    private var short = [Int16](repeating: -1, count: 257)

    /// The number of the run `bytes` (UTF-8), adding it if it is new, or nil when 256 runs are
    /// known already (the line is then kept as text).
    mutating func number(of bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
        let slot = bytes.count == 0 ? 0 : bytes.count == 1 ? 1 + Int(bytes[0]) : -1
        if slot >= 0, short[slot] >= 0 { return UInt8(short[slot]) }
        let text = String(decoding: bytes, as: UTF8.self)
        if let number = numbers[text] { return number }
        guard texts.count <= Int(UInt8.max) else { return nil }
        let number = UInt8(texts.count)
        numbers[text] = number
        texts.append(text)
        if slot >= 0 { short[slot] = Int16(number) }
        return number
    }
}

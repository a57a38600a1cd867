/// Cuts a byte stream into lines of at most `maximumLength` bytes. A longer line is cut off at the
/// limit and the rest of it up to the next line break is dropped, so a flood of bytes without a
/// line break cannot grow memory.
public struct LineFramer: Sendable {
    /// The longest line kept, in bytes.
    public let maximumLength: Int
    private var partial: [UInt8] = []
    private var isDiscarding = false

    /// A framer keeping lines up to `maximumLength` bytes.
    public init(maximumLength: Int) {
        self.maximumLength = maximumLength
    }

    /// The complete lines in `bytes` (with what came before), without their line breaks; invalid
    /// UTF-8 is replaced.
    public mutating func lines(from bytes: some Sequence<UInt8>) -> [String] {
        var lines: [String] = []
        for byte in bytes {
            if byte == UInt8(ascii: "\n") {
                if !isDiscarding { lines.append(String(decoding: partial, as: UTF8.self)) }
                partial.removeAll(keepingCapacity: true)
                isDiscarding = false
            } else if isDiscarding {
                continue
            } else if partial.count < maximumLength {
                partial.append(byte)
            } else if !isDiscarding {
                lines.append(String(decoding: partial, as: UTF8.self))
                partial.removeAll(keepingCapacity: true)
                isDiscarding = true
            }
        }
        return lines
    }
}

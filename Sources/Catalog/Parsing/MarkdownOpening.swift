import Glibc

/// The first part of a long page's Markdown, cut where cmark would end every block anyway, so that
/// parsing it alone gives the same first blocks as parsing the whole page: the first screens of a
/// 1 MB page can then be shown before the whole of it is parsed.
enum MarkdownOpening {
    /// Bodies shorter than this are parsed whole: they take a few milliseconds.
    static let minimumBody = 128 * 1024
    /// The opening is at least this long, which is many screens.
    static let minimumOpening = 16 * 1024

    /// The Markdown before the first safe cut after `minimumOpening` bytes, or nil when `markdown`
    /// is short or has no safe cut. A cut is safe before an ATX heading (`# ...`) at the start of
    /// a line after a blank line, outside a fenced code block: it ends any paragraph, list, quote,
    /// table or indented code. Nothing is cut when the body could make an earlier block depend on a
    /// later line: a link reference or footnote definition (`[label]:`, which may come after the
    /// links that use it) anywhere, or an HTML block (which may hold blank lines) before the cut.
    static func prefix(of markdown: String) -> String? {
        var text = markdown
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard bytes.count >= minimumBody, !mayDefineLabels(bytes), let cut = safeCut(in: bytes) else { return nil }
            return String(decoding: bytes[..<cut], as: UTF8.self)
        } ?? nil
    }

    /// Whether `]:` occurs anywhere, as it does in every link reference and footnote definition.
    private static func mayDefineLabels(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var offset = 0
        while offset < bytes.count, let found = memchr(base + offset, Int32(UInt8(ascii: "]")), bytes.count - offset) {
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if at + 1 < bytes.count, bytes[at + 1] == UInt8(ascii: ":") { return true }
            offset = at + 1
        }
        return false
    }

    private static func safeCut(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var fence: (mark: UInt8, length: Int)?
        var previousIsBlank = true
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 10) ?? bytes.count
            let line = bytes[lineStart..<lineEnd]
            let indent = line.prefix { $0 == 32 }.count
            let rest = line.dropFirst(indent)
            let mark = rest.first
            let run = mark.map { mark in rest.prefix { $0 == mark }.count } ?? 0
            if let open = fence {
                if indent <= 3, mark == open.mark, run >= open.length, rest.dropFirst(run).allSatisfy({ $0 == 32 }) { fence = nil }
            } else if indent <= 3, let mark, mark == UInt8(ascii: "`") || mark == UInt8(ascii: "~"), run >= 3 {
                fence = (mark, run)
            } else if indent <= 3, mark == UInt8(ascii: "<") {
                return nil
            } else if lineStart >= minimumOpening, previousIsBlank, indent == 0, mark == UInt8(ascii: "#"), run <= 6,
                      rest.count == run || rest[rest.startIndex + run] == 32 || rest[rest.startIndex + run] == 9 {
                return lineStart
            }
            previousIsBlank = line.allSatisfy { $0 == 32 || $0 == 9 }
            lineStart = lineEnd + 1
        }
        return nil
    }
}

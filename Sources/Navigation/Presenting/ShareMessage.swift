import Catalog

/// The follow protocol, version 1: one line of UTF-8 text per message, fields separated by one
/// space, ended by `\n`. The presenter sends the greeting first, then the current position, then a
/// position each time it changes, and the question open to the room (`RoomMessage`). Positions
/// are whole states, not steps, so a follower that misses lines is right again at the next one.
/// Followers send only the few messages of `AttendeeMessage` (in `Sharing`).
///
///     toolkit-present 1
///     slide <deck-id> <item> <permille>   item is 1-based; the root menu's id is `menu`;
///                                         in ids, `%`, spaces and controls are written %XX
///     page <page-id> <permille>
///     blank
///     end
public enum ShareMessage {
    /// The protocol version this build speaks.
    public static let version = 1
    /// The first line the presenter sends.
    public static let greeting = "toolkit-present \(version)"
    /// Lines longer than this are not from a presenter; followers drop them.
    public static let maximumLineLength = 1024

    /// Why a line was not understood.
    public enum Failure: Error, Equatable, Sendable {
        /// A greeting for a protocol version this build does not speak.
        case unsupportedVersion(String)
        /// Anything else: the line, cleaned for display.
        case malformed(String)
    }

    /// The line (without its `\n`) for a position.
    public static func line(for position: PresenterPosition) -> String {
        switch position {
        case let .slide(deck, item, permille): return "slide \(field(deck)) \(item + 1) \(permille)"
        case let .page(id, permille): return "page \(field(id)) \(permille)"
        case .blank: return "blank"
        case .ended: return "end"
        }
    }

    /// The position a line gives; nil for a greeting this build speaks.
    public static func position(from line: String) -> Result<PresenterPosition?, Failure> {
        let fields = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        switch fields.first {
        case "toolkit-present" where fields.count == 2:
            return fields[1] == String(version) ? .success(nil) : .failure(.unsupportedVersion(VisibleText.make(fields[1])))
        case "slide" where fields.count == 4:
            guard let item = Int(fields[2]), item >= 1, let permille = permille(fields[3]) else { break }
            return .success(.slide(deck: id(fields[1]), item: item - 1, permille: permille))
        case "page" where fields.count == 3:
            guard let permille = permille(fields[2]) else { break }
            return .success(.page(id(fields[1]), permille: permille))
        case "blank" where fields.count == 1:
            return .success(.blank)
        case "end" where fields.count == 1:
            return .success(.ended)
        default:
            break
        }
        return .failure(.malformed(VisibleText.make(String(line.prefix(60)))))
    }

    static func field(_ id: PageID) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in id.description.utf8 {
            if byte <= 0x20 || byte == 0x7F || byte == UInt8(ascii: "%") {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func id(_ field: String) -> PageID {
        var bytes: [UInt8] = []
        var rest = Substring(field).utf8[...]
        while let byte = rest.first {
            rest = rest.dropFirst()
            if byte == UInt8(ascii: "%"), rest.count >= 2, let value = UInt8(String(decoding: rest.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                rest = rest.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        let path = String(decoding: bytes, as: UTF8.self)
        return path == "menu" ? .root : PageID(path)
    }

    private static func permille(_ field: String) -> Int? {
        Int(field).flatMap { (0...1000).contains($0) ? $0 : nil }
    }
}

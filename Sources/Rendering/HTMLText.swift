import Catalog

/// Text and names made safe for the handout's HTML: content text escaped, page ids and heading
/// anchors turned into fragment names that need no escaping anywhere.
enum HTMLText {
    /// `text` with its control characters made visible and `&`, `<`, `>`, `"` and `'` escaped, for
    /// element content and quoted attribute values alike.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in VisibleText.make(text) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// The element id, and `#` fragment, of a page's section: `page-case-studies/plymouth-alliance`.
    static func fragment(for id: PageID) -> String {
        id.isRoot ? "menu" : "page-" + name(id.path)
    }

    /// The element id of a heading inside a page's section: `page-principles/trust:outcomes`
    /// (`:` never comes out of `name`, so no page's id can be mistaken for a heading's).
    static func fragment(for id: PageID, anchor: String) -> String {
        fragment(for: id) + ":" + name(anchor)
    }

    /// ASCII letters, digits, `-`, `_` and `/` as they are; every other byte as `.XX` in hex, so
    /// that any page id or anchor gives a distinct name that is safe in an attribute and a URL.
    private static func name(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "/"):
                result.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "." + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }

    /// Whether `url` may be a link in the handout: web and mail addresses only, never a script
    /// or a local file.
    static func isSafeLink(_ url: String) -> Bool {
        let lowered = url.lowercased()
        let allowed = ["http://", "https://", "mailto:"].contains { lowered.hasPrefix($0) }
        return allowed && !url.unicodeScalars.contains { $0.value < 0x21 || $0.value == 0x7F || "\"'<>\\`".unicodeScalars.contains($0) }
    }
}

/// A word of text as search sees it: where it is in its line and its letters, accents folded
/// and apostrophes dropped (`Barnardo’s` is `Barnardos`), case kept.
public struct SearchToken: Equatable, Sendable {
    /// Where the word starts in its line, in characters.
    public var start: Int
    /// Where it ends, in characters.
    public var end: Int
    /// Its letters and digits.
    public var surface: String
    /// Whether a hyphen joins it to the next word (`co` in `co-production`).
    public var joinsNext: Bool

    /// Splits a line into its words: runs of letters and digits, with apostrophes inside a word
    /// kept in it and hyphens between two words remembered. Offsets count characters, so they
    /// mark the line as it is shown.
    public static func tokens(in line: String) -> [SearchToken] {
        line.utf8.allSatisfy { $0 < 0x80 } ? asciiTokens(line) : unicodeTokens(line)
    }

    private static func asciiTokens(_ line: String) -> [SearchToken] {
        let bytes = Array(line.utf8)
        var tokens: [SearchToken] = []
        var index = 0
        let isWord: (UInt8) -> Bool = { ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
        while index < bytes.count {
            guard isWord(bytes[index]) else { index += 1; continue }
            let start = index
            var surface: [UInt8] = []
            while index < bytes.count {
                if isWord(bytes[index]) {
                    surface.append(bytes[index])
                    index += 1
                } else if bytes[index] == 0x27, index + 1 < bytes.count, isWord(bytes[index + 1]) {
                    index += 1
                } else {
                    break
                }
            }
            let joins = index < bytes.count && bytes[index] == 0x2D && (index + 1 == bytes.count || isWord(bytes[index + 1]))
            tokens.append(SearchToken(start: start, end: index, surface: String(decoding: surface, as: UTF8.self), joinsNext: joins))
        }
        return tokens
    }

    private static let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "\u{2032}"]
    private static let hyphens: Set<Character> = ["-", "\u{2010}", "\u{2011}"]

    private static func unicodeTokens(_ line: String) -> [SearchToken] {
        let characters = Array(line)
        var tokens: [SearchToken] = []
        var index = 0
        let isWord: (Character) -> Bool = { $0.isLetter || $0.isNumber }
        while index < characters.count {
            guard isWord(characters[index]) else { index += 1; continue }
            let start = index
            var surface = ""
            while index < characters.count {
                if isWord(characters[index]) {
                    surface.append(characters[index])
                    index += 1
                } else if apostrophes.contains(characters[index]), index + 1 < characters.count, isWord(characters[index + 1]) {
                    index += 1
                } else {
                    break
                }
            }
            let joins = index < characters.count && hyphens.contains(characters[index])
                && (index + 1 == characters.count || isWord(characters[index + 1]))
            tokens.append(SearchToken(start: start, end: index, surface: ASCIIFolding.foldLetters(surface), joinsNext: joins))
        }
        return tokens
    }
}

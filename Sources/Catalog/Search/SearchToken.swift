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

    /// Where word `index` of `line` starts, in characters (0 if it has fewer words): what
    /// `tokens(in:)[index].start` gives, without making the words' strings.
    public static func start(ofWord index: Int, in line: String) -> Int {
        guard line.utf8.allSatisfy({ $0 < 0x80 }) else {
            let tokens = tokens(in: line)
            return tokens.indices.contains(index) ? tokens[index].start : 0
        }
        var line = line
        return line.withUTF8 { bytes in
            var position = 0, word = 0
            while position < bytes.count {
                guard isASCIIWord(bytes[position]) else { position += 1; continue }
                if word == index { return position }
                while position < bytes.count {
                    if isASCIIWord(bytes[position]) {
                        position += 1
                    } else if bytes[position] == 0x27, position + 1 < bytes.count, isASCIIWord(bytes[position + 1]) {
                        position += 1
                    } else {
                        break
                    }
                }
                word += 1
            }
            return 0
        }
    }

    private static func isASCIIWord(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    private static func asciiTokens(_ line: String) -> [SearchToken] {
        var line = line
        return line.withUTF8 { asciiTokens($0) }
    }

    private static func asciiTokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [SearchToken] {
        var tokens: [SearchToken] = []
        var index = 0
        let isWord = isASCIIWord
        while index < bytes.count {
            guard isWord(bytes[index]) else { index += 1; continue }
            let start = index
            var hasApostrophe = false
            while index < bytes.count {
                if isWord(bytes[index]) {
                    index += 1
                } else if bytes[index] == 0x27, index + 1 < bytes.count, isWord(bytes[index + 1]) {
                    hasApostrophe = true
                    index += 1
                } else {
                    break
                }
            }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
            let surface = hasApostrophe ? String(decoding: word.filter { $0 != 0x27 }, as: UTF8.self) : String(decoding: word, as: UTF8.self)
            let joins = index < bytes.count && bytes[index] == 0x2D && (index + 1 == bytes.count || isWord(bytes[index + 1]))
            tokens.append(SearchToken(start: start, end: index, surface: surface, joinsNext: joins))
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

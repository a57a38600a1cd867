/// Rewrites text for a terminal that can only show ASCII: accents dropped (`é` → `e`), typographic
/// punctuation replaced (`’` → `'`, `—` → `-`, `£` → `GBP `), anything else as `?`.
public enum ASCIIFolding {
    private static let replacements: [Unicode.Scalar: String] = [
        "\u{2018}": "'", "\u{2019}": "'", "\u{201C}": "\"", "\u{201D}": "\"", "\u{2013}": "-",
        "\u{2014}": "--", "\u{2026}": "...", "\u{00A3}": "GBP ", "\u{20AC}": "EUR ", "\u{00A0}": " ",
        "\u{2022}": "*", "\u{00B7}": "-", "\u{00D7}": "x", "\u{2192}": "->", "\u{2190}": "<-", "\u{00BD}": "1/2",
        "\u{00DF}": "ss", "\u{00E6}": "ae", "\u{00C6}": "AE", "\u{0153}": "oe", "\u{00F8}": "o", "\u{00D8}": "O",
        "\u{FFFD}": "?",
    ]

    /// `text` with accented Latin letters replaced by their base letters and nothing else
    /// changed, so it keeps its length in characters (for accent-insensitive search).
    public static func foldLetters(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        return String(text.map { character -> Character in
            guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
                  let base = accentedLetters[scalar] else { return character }
            return Character(base)
        })
    }

    /// `text` in ASCII only.
    public static func fold(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                result.unicodeScalars.append(scalar)
            } else if let replacement = replacements[scalar] {
                result += replacement
            } else if let base = baseLetter(of: scalar) {
                result.unicodeScalars.append(base)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                result += "?"
            }
        }
        return result
    }

    private static func baseLetter(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        accentedLetters[scalar]
    }

    /// Latin letters with diacritics (U+00C0 to U+024F), each mapped to its unaccented base letter.
    private static let accentedLetters: [Unicode.Scalar: Unicode.Scalar] = {
        let groups: [(String, Unicode.Scalar)] = [
        ("ÀÁÂÃÄÅĀĂĄǍǞǠǺȀȂȦ", "A"),
        ("ÇĆĈĊČ", "C"),
        ("Ď", "D"),
        ("ÈÉÊËĒĔĖĘĚȄȆȨ", "E"),
        ("ĜĞĠĢǦǴ", "G"),
        ("ĤȞ", "H"),
        ("ÌÍÎÏĨĪĬĮİǏȈȊ", "I"),
        ("Ĵ", "J"),
        ("ĶǨ", "K"),
        ("ĹĻĽ", "L"),
        ("ÑŃŅŇǸ", "N"),
        ("ÒÓÔÕÖŌŎŐƠǑǪǬȌȎȪȬȮȰ", "O"),
        ("ŔŖŘȐȒ", "R"),
        ("ŚŜŞŠȘ", "S"),
        ("ŢŤȚ", "T"),
        ("ÙÚÛÜŨŪŬŮŰŲƯǓǕǗǙǛȔȖ", "U"),
        ("Ŵ", "W"),
        ("ÝŶŸȲ", "Y"),
        ("ŹŻŽ", "Z"),
        ("àáâãäåāăąǎǟǡǻȁȃȧ", "a"),
        ("çćĉċč", "c"),
        ("ď", "d"),
        ("èéêëēĕėęěȅȇȩ", "e"),
        ("ĝğġģǧǵ", "g"),
        ("ĥȟ", "h"),
        ("ìíîïĩīĭįǐȉȋ", "i"),
        ("ĵǰ", "j"),
        ("ķǩ", "k"),
        ("ĺļľ", "l"),
        ("ñńņňǹ", "n"),
        ("òóôõöōŏőơǒǫǭȍȏȫȭȯȱ", "o"),
        ("ŕŗřȑȓ", "r"),
        ("śŝşšș", "s"),
        ("ţťț", "t"),
        ("ùúûüũūŭůűųưǔǖǘǚǜȕȗ", "u"),
        ("ŵ", "w"),
        ("ýÿŷȳ", "y"),
        ("źżž", "z"),
        ]
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars { map[scalar] = base }
        }
        return map
    }()
}

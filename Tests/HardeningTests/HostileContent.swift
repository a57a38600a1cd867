import Catalog
import Foundation

/// Content written to do harm in a terminal (issue 7): escape and control sequences of every
/// kind, bidirectional overrides, NUL, invalid UTF-8, enormous words, 500-deep nesting, a 1 MB
/// page, link loops, and front matter that is not a mapping.
enum HostileContent {
    /// Every escape a terminal could act on, as text.
    static let escapes = [
        "\u{1b}[2J\u{1b}[H",                   // CSI: clear the screen, cursor home
        "\u{1b}[31;1mred\u{1b}[0m",            // SGR colours
        "\u{1b}]0;pwned\u{07}",                // OSC 0: set the window title (BEL-terminated)
        "\u{1b}]2;pwned\u{1b}\\",              // OSC 2: title (ST-terminated)
        "\u{1b}]52;c;cHduZWQ=\u{07}",          // OSC 52: write the clipboard
        "\u{1b}P+q544e\u{1b}\\",               // DCS: terminfo query
        "\u{1b}[6n",                           // a cursor position report request
        "\u{1b}c",                             // RIS: reset the terminal
        "\u{9b}2J",                            // the 8-bit CSI (U+009B)
        "\u{9d}0;pwned\u{9c}",                 // the 8-bit OSC and ST
        "\u{202E}gnp.exe\u{202C}",             // right-to-left override
        "\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{202A}\u{202B}\u{202D}",
        "NUL\u{0}BEL\u{07}BS\u{08}VT\u{0B}FF\u{0C}CR\u{0D}SO\u{0E}SI\u{0F}DEL\u{7F}",
    ].joined(separator: " ")

    /// Every C1 control, U+0080 to U+009F.
    static let c1 = (0x80...0x9F).map { String(Unicode.Scalar(UInt8($0))) }.joined()
    /// Every C0 control but newline.
    static let c0 = (0x00...0x1F).filter { $0 != 0x0A }.map { String(Unicode.Scalar(UInt8($0))) }.joined()

    /// YAML double-quoted escapes that decode to controls, for front matter.
    static let yamlEscapes = #"\e]0;pwned\a \e[2J \x9b2J \u202Egnp \x00 \x85 \e]52;c;cHduZWQ=\a"#

    static let depth = 500

    /// The files of a toolkit that loads: every page is shown, so every path that draws text
    /// from content can be checked.
    static func loadingFiles() -> [SourceFile] { [
        SourceFile(path: "index.md", text: """
            ---
            title: "Hostile \(yamlEscapes)"
            short: "Root \(yamlEscapes)"
            updated: "2026 \(yamlEscapes)"
            ---
            Lead text \(escapes) \(c1)
            """),
        SourceFile(path: "evil/index.md", text: """
            ---
            title: "Evil section \(yamlEscapes)"
            short: "Evil \(yamlEscapes)"
            summary: "Summary \(yamlEscapes)"
            order: 1
            sources: ["https://example.org/\(yamlEscapes)"]
            ---
            Section lead \(escapes)
            """),
        SourceFile(path: "evil/escapes.md", text: """
            ---
            title: "Escapes \(yamlEscapes)"
            short: "Esc \(yamlEscapes)"
            summary: "Every escape \(yamlEscapes)"
            order: 1
            sources:
              - "https://example.org/\(yamlEscapes)"
            ---
            Paragraph: \(escapes)

            C1: \(c1)

            C0: \(c0)

            # Heading \(escapes)

            `code span \(escapes)` and **bold \(escapes)** and *italic \(c1)* and ~~strike \(c0)~~

            ```
            code block \(escapes)
            \(c1)
            \(c0)
            ```

                indented code \(escapes)

            - item \(escapes)
            - item \(c1)
              1. nested \(c0)

            > quote \(escapes)
            > > nested \(c1)

            | head \(escapes) | \(c1) |
            |---|---|
            | cell \(escapes) | \(c0) |

            <div>\(escapes)</div>

            inline <span title="\(escapes)">html</span> \(c1)

            ![alt \(escapes)](https://example.org/x.png)

            [link text \(escapes)](loop-b.md) and [web \(c1)](https://example.org/\u{202E}gnp) and <https://example.org/\u{202E}exe.txt>
            and [titled](loop-a.md "title \(escapes)") and [[\(escapes)]] and [ref][r]

            [r]: https://example.org/\u{9b}ref

            Line break with backslash\\
            \(escapes)

            ## Heading \(c1) again
            """),
        SourceFile(path: "evil/loop-a.md", text: """
            ---
            title: "Loop A \(yamlEscapes)"
            short: "A \(yamlEscapes)"
            order: 2
            ---
            To [B \(escapes)](loop-b.md#b-anchor), to [myself](#a-anchor) and to [A again](loop-a.md).

            ## A anchor

            [Back to B](loop-b.md)
            """),
        SourceFile(path: "evil/loop-b.md", text: """
            ---
            title: "Loop B \(yamlEscapes)"
            order: 3
            ---
            ## B anchor

            To [A \(c1)](loop-a.md#a-anchor) and [the escapes page](escapes.md).
            """),
        SourceFile(path: "evil/long-words.md", text: """
            ---
            title: "\(String(repeating: "T", count: 10_000))"
            short: "\(String(repeating: "S", count: 10_000))"
            summary: "\(String(repeating: "Σ", count: 10_000))"
            order: 4
            ---
            \(String(repeating: "w", count: 10_000))

            \(String(repeating: "東", count: 10_000))

            e\(String(repeating: "\u{301}", count: 10_000)) one letter with 10,000 combining accents

            [\(String(repeating: "L", count: 10_000))](loop-a.md)

            `\(String(repeating: "c", count: 10_000))`

            | \(String(repeating: "h", count: 10_000)) | b |
            |---|---|
            | \(String(repeating: "x", count: 10_000)) | \(String(repeating: "東", count: 5_000)) |

            ```
            \(String(repeating: "k", count: 10_000))
            ```
            """),
        SourceFile(path: "evil/deep.md", text: """
            ---
            title: Deep nesting
            order: 5
            ---
            \(String(repeating: "- ", count: depth))bottom of the list

            \(String(repeating: ">", count: depth)) bottom of the quotes

            \((0..<depth).map { String(repeating: "  ", count: $0) + "- level \($0)" }.joined(separator: "\n"))

            \(String(repeating: "> - ", count: depth / 2))bottom of quotes and lists

            \(String(repeating: "1. ", count: depth))bottom of the numbered list

            \(String(repeating: "*", count: depth))emphasis\(String(repeating: "*", count: depth))

            \(String(repeating: "[", count: depth))brackets\(String(repeating: "]", count: depth))
            """),
        SourceFile(path: "evil/big.md", text: bigPage()),
    ] }

    /// A page of about 1 MB: paragraphs, lists and a table, with links at both ends.
    static func bigPage() -> String {
        var body = "---\ntitle: A one-megabyte page\norder: 6\n---\nStart: [loop](loop-a.md).\n\n"
        var paragraph = 0
        while body.utf8.count < 1_000_000 {
            paragraph += 1
            body += "Paragraph \(paragraph): the quick brown fox jumps over the lazy dog, then \(escapes.prefix(20)) again and again.\n\n"
            if paragraph % 50 == 0 { body += "- a list item\n- another item\n\n## Heading \(paragraph)\n\n" }
        }
        return body + "End: [loop](loop-b.md).\n"
    }

    /// Files that do not load: every kind of problem, with hostile text where the message quotes it.
    static func problemFiles() -> [SourceFile] { [
        SourceFile(path: "index.md", text: "---\n- a\n- list\n---\n"),
        SourceFile(path: "scalar.md", text: "---\njust a scalar \(yamlEscapes)\n---\n"),
        SourceFile(path: "empty.md", text: "---\n---\nbody\n"),
        SourceFile(path: "raw-controls.md", text: "---\ntitle: raw \u{1b}]0;pwned\u{07} \u{9b}2J \u{202E}x\n---\n"),
        SourceFile(path: "bad-yaml.md", text: "---\ntitle: \"unterminated \u{1b}]0;pwned\u{07}\n---\n"),
        SourceFile(path: "unknown.md", text: "---\ntitle: x\n\"field \\e]0;pwned\\a\": 1\n\"\\x9b2J\": 2\n---\n"),
        SourceFile(path: "not-text.md", text: "---\ntitle: [\"\\e]0;pwned\\a\"]\nsummary: {a: b}\norder: \"\\e[2J\"\nsources: [\"\\e]52;c;eA==\\a\", [x]]\n---\n"),
        SourceFile(path: "links.md", text: """
            ---
            title: links
            ---
            [a](nowhere\u{1b}]0;pwned\u{07}.md) [b](javascript\u{9b}:x) [c](x\u{202E}.txt) [d](../../up.md)
            [e](index.md#\u{1b}]0;pwned\u{07}) [f](<\u{1b}[2J>) [g](data:text/html;\u{1b}]0;pwned\u{07})
            """),
        SourceFile(path: "file \u{1b}]0;pwned\u{07} \u{9b}2J \u{202E}.md", text: "no front matter \(escapes)"),
        SourceFile(path: "orphan\u{1b}[2J/page.md", text: "---\ntitle: orphan\n---\n"),
        SourceFile(path: "dup.md", text: "---\ntitle: one\n---\n"),
        SourceFile(path: "dup/index.md", text: "---\ntitle: two\n---\n"),
        SourceFile(path: "unclosed.md", text: "---\ntitle: \(escapes)\n"),
    ] }

    /// Raw bytes for files on disk: invalid UTF-8 of every kind, NUL and ESC bytes, an overlong
    /// ESC (C0 9B) and an overlong CSI, a lone surrogate, truncated sequences, a BOM.
    static let rawBytePages: [(name: String, bytes: [UInt8])] = {
        let invalid: [UInt8] = [0xFF, 0xFE, 0xC0, 0x9B, 0xC1, 0xBF, 0xE0, 0x80, 0x9B, 0xED, 0xA0, 0x80, 0xF8, 0x88, 0x80, 0x80, 0x80,
                                0xC2, 0x9B, 0x32, 0x4A, 0x1B, 0x5D, 0x30, 0x3B, 0x70, 0x77, 0x6E, 0x65, 0x64, 0x07, 0x00, 0x9B, 0x80,
                                0xE2, 0x80, 0xAE, 0xF0, 0x9F, 0x98]
        func page(_ title: [UInt8], _ body: [UInt8], order: Int) -> [UInt8] {
            Array("---\ntitle: \"".utf8) + title + Array("\"\norder: \(order)\n---\n".utf8) + body + Array("\n".utf8)
        }
        return [
            ("bytes/index.md", Array("---\ntitle: Raw bytes\norder: 2\n---\n".utf8) + invalid),
            ("bytes/invalid.md", page(Array("Invalid ".utf8) + [0xFF, 0xC0, 0x9B], Array("Body ".utf8) + invalid + Array(" end".utf8), order: 1)),
            ("bytes/nul.md", page(Array("NUL".utf8), [0x00, 0x00, 0x1B, 0x5B, 0x32, 0x4A, 0x00] + Array(" text after NUL".utf8), order: 2)),
            ("bytes/bom.md", [0xEF, 0xBB, 0xBF] + page(Array("BOM".utf8), [0xEF, 0xBB, 0xBF, 0xC2, 0x9D] + Array("0;pwned".utf8) + [0xC2, 0x9C], order: 3)),
            ("bytes/cr.md", Array("---\ntitle: CR\norder: 4\n---\nCarriage\rreturns\ror \u{1b}[1A up\r\n".utf8)),
        ]
    }()

    /// Writes the loading toolkit and the raw-byte pages into a new folder; returns its path.
    static func writeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-hostile-\(UUID().uuidString)")
        for file in loadingFiles() {
            try write(Array(file.text.utf8), to: folder.appendingPathComponent(file.path))
        }
        for page in rawBytePages {
            try write(page.bytes, to: folder.appendingPathComponent(page.name))
        }
        return folder
    }

    private static func write(_ bytes: [UInt8], to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }
}

/// What may reach a terminal: no ESC, no other C0 control but newline, no C1 control and no
/// bidirectional control. Returns a description of the first offender, or nil.
func firstHarmfulScalar(in text: String) -> String? {
    for (offset, scalar) in text.unicodeScalars.enumerated() {
        let value = scalar.value
        let harmful = (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value)
            || [0x200E, 0x200F].contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
        if harmful {
            let context = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(max(0, offset - 30)).prefix(60)))
            return "U+\(String(format: "%04X", value)) at scalar \(offset), near \(context.debugDescription)"
        }
    }
    return nil
}

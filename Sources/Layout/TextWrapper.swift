import Catalog

/// Fills lines of a given width with styled inline text, breaking at spaces and, for words longer
/// than a line, inside the word (except, when asked, a web address, which gets a line of its own
/// however long); `"\n"` forces a break.
enum TextWrapper {
    /// One unbreakable piece of a word, with its style and link.
    private struct Piece {
        var text: String
        var style: Style
        var link: Int?
        /// `DisplayWidth.of(text)`, measured once: a piece's width is needed up to three times.
        var width: Int

        init(text: String, style: Style, link: Int?, width: Int? = nil) {
            self.text = text
            self.style = style
            self.link = link
            self.width = width ?? DisplayWidth.of(text)
        }
    }

    /// Wraps `inlines` to `width` columns (at least 1); `base` is the style of plain text.
    /// `measure` gives one character's columns when a word has to be cut; it is a parameter so
    /// that tests can count how often cutting measures. With `wholeAddresses`, a word holding
    /// `http://` or `https://` is never cut: it starts a line when it does not fit, and that
    /// line may be wider than `width`.
    static func wrap(
        _ inlines: [Inline], width: Int, base: Style, wholeAddresses: Bool = false,
        measure: (Character) -> Int = DisplayWidth.of
    ) -> [[Span]] {
        var filler = Filler(width: max(1, width), wholeAddresses: wholeAddresses)
        for inline in inlines {
            let style = self.style(for: inline, base: base)
            let text = inline.text
            // ASCII without CR is split on bytes: there every byte is a character, so the words
            // are the same, and a word's width is its length, without grapheme breaking.
            let splitAsBytes = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                guard !bytes.contains(where: { $0 >= 0x80 || $0 == 13 }) else { return false }
                var start = 0
                for (index, byte) in bytes.enumerated() where byte == 10 || byte == 32 {
                    if index > start {
                        let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                        filler.word.append(Piece(text: piece, style: style, link: inline.link, width: index - start))
                    }
                    filler.separate(byte, style: style, link: inline.link, measure: measure)
                    start = index + 1
                }
                if bytes.count > start {
                    let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
                    filler.word.append(Piece(text: piece, style: style, link: inline.link, width: bytes.count - start))
                }
                return true
            }
            if splitAsBytes == true { continue }
            var current = ""
            for character in text {
                if character == "\n" || character == " " {
                    if !current.isEmpty { filler.word.append(Piece(text: current, style: style, link: inline.link)) }
                    current = ""
                    filler.separate(character == " " ? 32 : 10, style: style, link: inline.link, measure: measure)
                } else {
                    current.append(character)
                }
            }
            if !current.isEmpty { filler.word.append(Piece(text: current, style: style, link: inline.link)) }
        }
        filler.flushWord(measure: measure)
        if !filler.line.isEmpty || filler.lines.isEmpty { filler.lines.append(filler.line) }
        return filler.lines
    }

    /// The lines being filled. A struct with mutating methods rather than local functions over
    /// captured variables: those captures were checked for exclusive access at run time on every
    /// use, a third of the time spent wrapping.
    private struct Filler {
        let width: Int
        let wholeAddresses: Bool
        var lines: [[Span]] = []
        var line: [Span] = []
        var lineWidth = 0
        var pendingSpace: Piece?
        var word: [Piece] = []

        init(width: Int, wholeAddresses: Bool) {
            self.width = width
            self.wholeAddresses = wholeAddresses
        }

        mutating func append(_ piece: Piece) {
            if let last = line.last, last.style == piece.style, last.target == piece.link {
                // A span grows word by word to about a line; room for that up front saves the
                // string regrowing three or four times per line.
                line[line.count - 1].text.reserveCapacity(width)
                line[line.count - 1].text += piece.text
            } else {
                line.append(Span(piece.text, piece.style, target: piece.link))
            }
            lineWidth += piece.width
        }

        mutating func breakLine() {
            lines.append(line)
            line = []
            lineWidth = 0
        }

        /// Ends the word before a space (byte 32) or a forced break (byte 10).
        mutating func separate(_ separator: UInt8, style: Style, link: Int?, measure: (Character) -> Int) {
            flushWord(measure: measure)
            if separator == 10 {
                pendingSpace = nil
                breakLine()
            } else {
                pendingSpace = Piece(text: " ", style: style, link: link, width: 1)
            }
        }

        // Cuts a piece wherever its next character would overflow the line, in one pass over its
        // characters: measuring what is left of it for every cut made long words quadratic.
        mutating func place(_ piece: Piece, measure: (Character) -> Int) {
            if lineWidth < width, lineWidth + piece.width <= width {
                append(piece)
                return
            }
            var run = ""
            var runWidth = 0
            for character in piece.text {
                let columns = measure(character)
                if !run.isEmpty {
                    if lineWidth + runWidth + columns <= width {
                        run.append(character)
                        runWidth += columns
                        continue
                    }
                    append(Piece(text: run, style: piece.style, link: piece.link))
                    run = ""
                    runWidth = 0
                }
                while true {
                    if lineWidth >= width { breakLine() }
                    if lineWidth + columns <= width {
                        run.append(character)
                        runWidth = columns
                        break
                    }
                    if lineWidth == 0 {
                        // A character wider than the whole line cannot be shown; a one-column
                        // stand-in keeps every line within its width.
                        append(Piece(text: "?", style: piece.style, link: piece.link, width: 1))
                        break
                    }
                    breakLine()
                }
            }
            if !run.isEmpty { append(Piece(text: run, style: piece.style, link: piece.link)) }
        }

        mutating func flushWord(measure: (Character) -> Int) {
            defer { word = [] }
            guard !word.isEmpty else { return }
            let wordWidth = word.reduce(0) { $0 + $1.width }
            let spaceWidth = (pendingSpace != nil && lineWidth > 0) ? 1 : 0
            if lineWidth > 0 && lineWidth + spaceWidth + wordWidth > width {
                breakLine()
            } else if spaceWidth == 1, let space = pendingSpace {
                append(space)
            }
            pendingSpace = nil
            if wholeAddresses, isAddress(word) {
                for piece in word { append(piece) }
            } else {
                for piece in word { place(piece, measure: measure) }
            }
        }

        /// Whether a word holds a web address, which printed output must not cut.
        private func isAddress(_ word: [Piece]) -> Bool {
            let text = word.map(\.text).joined()
            return text.contains("http://") || text.contains("https://")
        }
    }

    /// The style an inline run gets on top of the block's base style.
    static func style(for inline: Inline, base: Style) -> Style {
        var style = base
        if inline.emphasis.contains(.strong) { style.bold = true }
        if inline.emphasis.contains(.italic) { style.italic = true }
        if inline.emphasis.contains(.code) { style.role = .code }
        if inline.emphasis.contains(.strike) { style.role = .muted }
        if inline.link != nil {
            style.role = .link
            style.underline = true
        }
        return style
    }
}

extension Glyphs {
    /// `inlines` as this set shows them, wrapped as `TextWrapper.wrap` does.
    func wrap(_ inlines: [Inline], width: Int, base: Style, wholeAddresses: Bool = false) -> [[Span]] {
        let shown = foldsText ? inlines.map { Inline(text($0.text), emphasis: $0.emphasis, link: $0.link) } : inlines
        return TextWrapper.wrap(shown, width: width, base: base, wholeAddresses: wholeAddresses)
    }

    /// Plain `text` as this set shows it, wrapped to `width` columns, for callers that print
    /// rather than draw.
    public func wrap(_ text: String, width: Int) -> [String] {
        wrap([Inline(text)], width: width, base: .text).map { $0.map(\.text).joined() }
    }
}

import Catalog

/// A one-line note being written for a checklist item: its text as characters (what a reader
/// sees as one character, however many bytes or columns it takes) and the caret between them.
public struct NoteEditor: Equatable, Sendable {
    /// The longest note kept, in characters: a paste of a whole document is cut here rather than
    /// carried into the workbook.
    public static let maximumLength = 1000

    /// The item the note is for: its place among the page's task items.
    public let item: Int
    /// The note so far.
    public private(set) var characters: [Character]
    /// Where typing goes: the number of characters before the caret.
    public private(set) var caret: Int

    /// Starts editing `note` for item `item`, the caret at its end.
    public init(item: Int, note: String) {
        self.item = item
        self.characters = Array(NoteEditor.typeable(note))
        self.caret = characters.count
    }

    /// The note as written.
    public var text: String { String(characters) }

    /// Puts `typed` at the caret, with line breaks and tabs as spaces and other control
    /// characters dropped, as far as the note has room.
    mutating func insert(_ typed: String) {
        let room = NoteEditor.maximumLength - characters.count
        let kept = Array(NoteEditor.typeable(typed).prefix(max(0, room)))
        characters.insert(contentsOf: kept, at: caret)
        caret += kept.count
    }

    /// Moves the caret a character left.
    mutating func moveLeft() { caret = max(0, caret - 1) }
    /// Moves the caret a character right.
    mutating func moveRight() { caret = min(characters.count, caret + 1) }
    /// Moves the caret before the first character.
    mutating func moveToStart() { caret = 0 }
    /// Moves the caret after the last character.
    mutating func moveToEnd() { caret = characters.count }

    /// Deletes the character before the caret.
    mutating func deleteBackward() {
        guard caret > 0 else { return }
        characters.remove(at: caret - 1)
        caret -= 1
    }

    /// Deletes the character after the caret.
    mutating func deleteForward() {
        guard caret < characters.count else { return }
        characters.remove(at: caret)
    }

    /// Deletes everything before the caret (Ctrl-U, as in a shell).
    mutating func deleteToStart() {
        characters.removeFirst(caret)
        caret = 0
    }

    /// Deletes the word before the caret and the spaces after it (Ctrl-W, as in a shell).
    mutating func deleteWordBackward() {
        var start = caret
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        characters.removeSubrange(start..<caret)
        caret = start
    }

    /// `text` as a note may hold it: line breaks and tabs become spaces, other characters that
    /// could drive the terminal are dropped.
    static func typeable(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                kept.append(" ")
            } else if !VisibleText.needsEscaping(scalar) {
                kept.append(scalar)
            }
        }
        return String(kept)
    }
}

import Catalog
import Layout

/// A line being typed at the bottom of the screen, with the list it offers above it.
public struct Prompt: Equatable, Sendable {
    /// What the line is for.
    public enum Kind: Equatable, Sendable {
        /// `/`: search every page.
        case search
        /// `:`: go to a page by number, id or title.
        case goTo
    }

    /// What the line is for.
    public var kind: Kind
    /// What has been typed.
    public var text: String {
        didSet { cursor = min(cursor, text.count) }
    }
    /// Where the next character typed goes, in characters from the start (the end unless the
    /// reader moved it with ←, Ctrl-A and the like).
    public var cursor: Int = 0
    /// The list shown while typing: results or candidates.
    public var list: Document
    /// The pages the list offers, in order.
    public var pages: [PageID]
    /// A search's respelling that the list offers, when a typed word is not a word of the toolkit.
    public var suggestion: String? = nil
    /// The query the list's pages were found for: what was typed, its last word completed as it
    /// is typed, or the suggestion when that matched nothing.
    public var query: SearchQuery? = nil
    /// Where the query's words are in the list, to be marked; found when the list is made, so
    /// drawing only draws.
    public var matches: [Match] = []
    /// The highlighted entry of the list.
    public var selection: Int
    /// The first line of the list on screen.
    public var scroll: Int

    /// Makes the edit or cursor move `command` asks for; false if it is neither.
    mutating func edit(_ command: Command) -> Bool {
        var characters = Array(text)
        switch command {
        case .cursorLeft: cursor = max(0, cursor - 1)
        case .cursorRight: cursor = min(characters.count, cursor + 1)
        case .cursorToStart: cursor = 0
        case .cursorToEnd: cursor = characters.count
        case .deleteBackward:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
            text = String(characters)
        case .deleteToStart:
            characters.removeFirst(cursor)
            cursor = 0
            text = String(characters)
        case .deleteWordBackward:
            var start = cursor
            while start > 0, characters[start - 1].isWhitespace { start -= 1 }
            while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
            text = String(characters)
        default:
            return false
        }
        return true
    }

    /// The text with `character` typed at the cursor.
    mutating func insert(_ character: Character) {
        var characters = Array(text)
        characters.insert(character, at: cursor)
        text = String(characters)
        cursor += 1
    }
}

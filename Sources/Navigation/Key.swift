import Layout

/// A key the reader pressed, as the terminal adapter decoded it.
public enum Key: Hashable, Sendable {
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, escape
    /// The Delete key, which deletes the character after the caret.
    case delete
    /// Alt (Meta) with the right arrow.
    case altRight
    /// A printable character.
    case character(Character)
    /// A control chord, named by its letter (`.control("l")` for Ctrl-L).
    case control(Character)

    /// How the key is written in hints and help.
    public func name(arrows: ArrowNames) -> String {
        switch self {
        case .up: return arrows.up
        case .down: return arrows.down
        case .left: return arrows.left
        case .right: return arrows.right
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .escape: return "Esc"
        case .delete: return "Delete"
        case .altRight: return "Alt-" + arrows.right
        case .character(" "): return "Space"
        case let .character(character): return String(character)
        case let .control(letter): return "Ctrl-" + letter.uppercased()
        }
    }
}

/// The names the arrow keys are shown with, which depend on whether the terminal can draw arrows.
public struct ArrowNames: Equatable, Sendable {
    /// Names of the four arrows.
    public var up: String, down: String, left: String, right: String

    /// Arrow characters, for UTF-8 terminals.
    public static let symbols = ArrowNames(up: "↑", down: "↓", left: "←", right: "→")
    /// Words, for ASCII-only terminals.
    public static let words = ArrowNames(up: "Up", down: "Down", left: "Left", right: "Right")
}

extension ArrowNames {
    /// The names `glyphs` can show: symbols in Unicode, words in ASCII.
    public init(_ glyphs: Glyphs) {
        self = glyphs.foldsText ? .words : .symbols
    }
}

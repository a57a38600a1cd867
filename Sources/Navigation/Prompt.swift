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
    public var text: String
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
}

import Catalog

/// What the presenter is showing, as followers need it: independent of window size, so each
/// follower can lay it out for its own window.
public enum PresenterPosition: Equatable, Sendable {
    /// Item `item` (0-based) of the deck of menu `deck`, scrolled `permille` thousandths down.
    case slide(deck: PageID, item: Int, permille: Int)
    /// A page opened for reading, scrolled `permille` thousandths down.
    case page(PageID, permille: Int)
    /// The screen is blanked.
    case blank
    /// The presenter has quit.
    case ended
}

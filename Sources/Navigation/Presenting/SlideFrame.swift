/// A slide's regions on the canvas: the deck's name on top, the slide in a centred column with
/// wide margins, then the presenter's footer and the key hints.
public struct SlideFrame: Equatable, Sendable {
    /// The canvas.
    public let size: Size

    /// Slide text is never wider than this, so a projected line can be read in one sweep.
    public static let maximumTextWidth = 72

    /// Creates the frame for a canvas.
    public init(_ size: Size) {
        self.size = size
    }

    /// Whether the canvas is too small to present on.
    public var isTooSmall: Bool { Frame(size).isTooSmall }
    /// The first slide row, below the deck's name and a blank line.
    public var bodyTop: Int { size.rows >= 10 ? 2 : 1 }
    /// How many rows the slide has.
    public var bodyRows: Int { max(1, size.rows - bodyTop - 2) }
    /// The row of the timer, position and key echo.
    public var footerRow: Int { size.rows - 2 }
    /// Blank columns left of the slide text.
    public var margin: Int { max(size.columns >= 30 ? 2 : 0, (size.columns - textWidth) / 2) }
    /// The width slide text is laid out to.
    public var textWidth: Int {
        let generous = size.columns >= 60 ? size.columns - 2 * max(4, size.columns / 10) : size.columns - 2 * (size.columns >= 30 ? 2 : 0)
        return max(1, min(SlideFrame.maximumTextWidth, generous))
    }
}

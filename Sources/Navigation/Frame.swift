/// The screen's regions for a window size: a breadcrumb line on top, two lines of status and
/// hints at the bottom, and the body between, with its text column and margin.
public struct Frame: Equatable, Sendable {
    /// The window.
    public let size: Size

    /// Below this the screen shows only a "window too small" note.
    public static let minimum = Size(columns: 20, rows: 6)
    /// Lines of text are never wider than this, for reading comfort on wide windows.
    public static let maximumTextWidth = 100

    /// Creates the frame for a window.
    public init(_ size: Size) {
        self.size = size
    }

    /// Whether the window is too small to show the toolkit.
    public var isTooSmall: Bool { size.columns < Frame.minimum.columns || size.rows < Frame.minimum.rows }
    /// The first body row.
    public var bodyTop: Int { 1 }
    /// How many rows the body has (at least 1, so scrolling stays defined in tiny windows).
    public var bodyRows: Int { max(1, size.rows - 3) }
    /// Blank columns left of the text.
    public var margin: Int { size.columns >= 60 ? 2 : (size.columns >= 30 ? 1 : 0) }
    /// The width text is laid out to (at least 1).
    public var textWidth: Int { max(1, min(Frame.maximumTextWidth, size.columns - 2 * margin)) }
}

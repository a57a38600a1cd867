import Catalog

/// Something that happened, which the state machine reacts to: facts, not requests.
public enum Event: Equatable, Sendable {
    /// A key was pressed.
    case key(Key)
    /// The window now has this size (also sent once at start).
    case resized(Size)
    /// The process was asked to stop (SIGTERM, a dropped SSH link).
    case interrupted
    /// The reader pressed Ctrl-C (SIGINT): a mode with a room to ask first asks; every other mode
    /// stops as for `.interrupted`.
    case interruptedByKey
    /// The mouse was used (only with `--mouse`).
    case mouse(Mouse)
    /// The monotonic clock reads this many seconds (sent about once a second while presenting).
    case tick(Int)
    /// A line arrived from the presenter being followed (without its line break).
    case shared(String)
    /// The presenter's connection closed.
    case shareClosed
    /// A presenter is connected again after the connection closed.
    case shareOpened
    /// This many followers are now connected to the presenter's shared socket.
    case followersChanged(Int)
    /// The room's answers to the open question, or its raised hands, now stand at these counts.
    case roomCounted(RoomCount)
    /// No key is waiting: a moment for work that can wait, such as laying out the rest of a long page.
    case idle
    /// Text was pasted into the terminal (bracketed paste), whole, line breaks included.
    case pasted(String)
    /// The workbook was opened and holds these answers.
    case answersLoaded([ItemAnswer])
    /// The workbook could not be opened or read, for this reason.
    case answersNotLoaded(reason: String)
    /// An answer is kept in the workbook, as it was written (its change time stamped).
    case saved(ItemAnswer)
    /// An answer could not be kept, for this reason; it stays on screen, marked as not saved.
    case notSaved(ItemAnswer, reason: String)
    /// What the room said to a closed question could not be kept in the workbook, for this reason.
    case roomResultNotKept(reason: String)
}

/// What the mouse did.
public enum Mouse: Equatable, Sendable {
    /// The wheel turned away from the reader.
    case wheelUp
    /// The wheel turned towards the reader.
    case wheelDown
    /// The first button was clicked at a screen cell (0-based).
    case click(row: Int, column: Int)
}

/// A terminal size in character cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    /// Width in columns.
    public var columns: Int
    /// Height in rows.
    public var rows: Int

    /// Creates a size; negative values count as zero.
    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
    }

    /// `80x24`.
    public var description: String { "\(columns)x\(rows)" }
}

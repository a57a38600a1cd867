/// Scrolling a help screen: where a command takes its first line, for both the navigator's help
/// and the presenter's.
enum HelpScroll {
    /// The scroll after `command`, for `count` help lines shown `rows` at a time; commands that
    /// do not scroll leave it where it is, kept in range.
    static func after(_ command: Command?, from scroll: Int, count: Int, rows: Int) -> Int {
        let maximum = max(0, count - rows)
        let moved: Int
        switch command {
        case .moveDown?: moved = scroll + 1
        case .moveUp?: moved = scroll - 1
        case .pageDown?: moved = scroll + rows
        case .pageUp?: moved = scroll - rows
        case .top?: moved = 0
        case .bottom?: moved = maximum
        default: moved = scroll
        }
        return min(max(0, moved), maximum)
    }
}

/// Something shown over the page.
public enum Overlay: Hashable, Sendable {
    /// The help screen, scrolled to this line.
    case help(scroll: Int)
    /// The page's id, position and web addresses, scrolled to this line.
    case info(scroll: Int)
    /// The page's headings, to jump to one.
    case outline(Outline)
    /// A reference to a page, shown to be selected by hand where the terminal cannot be told to copy it.
    case citation(String)
}

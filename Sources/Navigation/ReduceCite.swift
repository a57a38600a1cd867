import Catalog
import Layout

/// Copying a reference: to the selected item of a list, or to the page shown at the section
/// its top line is in.
extension State {
    /// The heading of the section the top line of a page is in, once it is scrolled below the
    /// page's first heading.
    public var topSection: String? {
        guard !isList, place.scroll > 0, document.lines.indices.contains(place.scroll) else { return nil }
        for row in stride(from: place.scroll, through: 0, by: -1) where document.lines[row].anchor != nil {
            return document.lines[row].text.trimmingSpaces
        }
        return nil
    }

    /// The reference `y` copies: the selected item's page in a list, else the page shown.
    public var citation: String {
        if isList, let focus = place.focus, document.targets.indices.contains(focus), case let .open(id, _) = document.targets[focus].action {
            return Citation.text(for: id, in: catalog)
        }
        return Citation.text(for: place.id, section: topSection, in: catalog)
    }

    /// Asks for the reference to be copied and says so, or shows it to be copied by hand.
    mutating func cite() -> [Effect] {
        let text = citation
        guard canCopy else {
            overlay = .citation(text)
            return []
        }
        notice = "Copied: " + text
        return [.copy(text)]
    }
}

import Catalog
import Layout

/// The menu tree as text, one page per line with its menu number, title and id:
/// `├─ 2.3  Corrective 2 ...  correctives/procurement-part-of-commissioning`.
public enum MenuTree {
    /// Every page under `root`, drawn as a tree.
    public static func text(from root: PageID, in catalog: Catalog, glyphs: Glyphs) -> String {
        let unicode = !glyphs.foldsText
        let branch = unicode ? "├─ " : "|- ", last = unicode ? "└─ " : "`- "
        let through = unicode ? "│  " : "|  ", blank = "   "
        var lines = ["\(glyphs.text(catalog[root].title))  (\(root))"]
        func visit(_ id: PageID, number: String, indent: String) {
            let children = catalog[id].children
            let shown = catalog.itemNumbers(of: id).shown
            for (index, child) in children.enumerated() {
                let isLast = index == children.count - 1
                let childNumber = number.isEmpty ? "\(shown[index])" : "\(number).\(shown[index])"
                lines.append(indent + (isLast ? last : branch) + childNumber + "  " + glyphs.text(catalog[child].title) + "  (\(child))")
                visit(child, number: childNumber, indent: indent + (isLast ? blank : through))
            }
        }
        visit(root, number: catalog.menuNumber(of: root), indent: "")
        return lines.joined(separator: "\n") + "\n"
    }
}

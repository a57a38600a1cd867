import Catalog
import Layout

/// Pages and menus as plain text for a pipe, a file or a screen reader: the screen's layout
/// without styles or escape sequences, each link marked `[n]` and listed at the end under
/// "References", as `lynx -dump` does; like it, a web address is never split across lines, so
/// it can be copied whole, and its line may run past the width.
public struct PlainText {
    /// The toolkit the pages come from.
    public let catalog: Catalog
    /// The columns a line may take, web addresses aside.
    public let width: Int
    /// The glyph set the text is written in.
    public let glyphs: Glyphs

    /// Plain text of `catalog`'s pages `width` columns wide in `glyphs`.
    public init(catalog: Catalog, width: Int, glyphs: Glyphs) {
        self.catalog = catalog
        self.width = width
        self.glyphs = glyphs
    }

    /// Where each number in a page's plain text leads: a menu's items, or a page's references.
    public static func numberedTargets(of id: PageID, in catalog: Catalog) -> [LinkTarget] {
        let page = catalog[id]
        if page.isMenu { return page.children.map { .page($0, anchor: nil) } + menuFooter(of: page, in: catalog).targets }
        return ReferenceNumbering(page: page, blocks: page.blocks).targets
    }

    /// A page (or menu) laid out, with its references.
    public func page(_ id: PageID) -> String {
        let page = catalog[id]
        if page.isMenu {
            let footer = Self.menuFooter(of: page, in: catalog)
            var copy = page
            copy.blocks = Array(page.blocks[..<page.footerStart]) + footer.blocks
            let document = MenuLayout(width: width, glyphs: glyphs, wholeAddresses: true).document(for: copy, in: catalog)
            let references = page.children.map { "toolkit \($0)" } + footer.targets.map(reference)
            return Self.text(of: document) + sourceList(page.sources)
                + referenceList(references, numbers: Self.menuNumbers(of: page, in: catalog))
        }
        return body(of: page, blocks: page.blocks, title: true)
    }

    /// The page's blocks with `[n]` after each link, laid out, then the numbered references.
    func body(of page: Page, blocks: [Block], title: Bool) -> String {
        let numbered = ReferenceNumbering(page: page, blocks: blocks)
        var copy = page
        copy.blocks = numbered.blocks
        let layout = PageLayout(width: width, glyphs: glyphs, wholeAddresses: true)
        let document = title ? layout.document(for: copy) : layout.body(of: copy)
        return Self.text(of: document) + referenceList(numbered.targets.map(reference))
    }

    /// A menu's "What next?" with `[n]` after each link, numbered after the menu's entries.
    /// The menu's "What next?" links, numbered on from the highest number its items show.
    private static func menuFooter(of page: Page, in catalog: Catalog) -> ReferenceNumbering {
        ReferenceNumbering(page: page, blocks: Array(page.blocks[page.footerStart...]), after: catalog.itemNumbers(of: page.id).shown.max() ?? 0)
    }

    /// The number of each of a menu's numbered targets, as its text shows them: the items' own
    /// numbers (`ItemNumbers`), then its "What next?" links counted on from the highest.
    public static func menuNumbers(of page: Page, in catalog: Catalog) -> [Int] {
        let shown = catalog.itemNumbers(of: page.id).shown
        let last = shown.max() ?? 0
        return shown + menuFooter(of: page, in: catalog).targets.indices.map { last + 1 + $0 }
    }

    /// A reference as the list at the end shows it: `toolkit ID (Title)`, or the web address.
    private func reference(_ target: LinkTarget) -> String {
        switch target {
        case let .page(id, anchor):
            let name = catalog[id].title
            return "toolkit \(id)" + (anchor.map { "#\($0)" } ?? "") + " (\(glyphs.text(name)))"
        case let .external(url):
            return url
        }
    }

    /// A document's lines as text, trailing spaces removed.
    static func text(of document: Document) -> String {
        document.lines.map { line in
            var text = line.text
            while text.last == " " { text.removeLast() }
            return text
        }.joined(separator: "\n") + "\n"
    }

    /// A menu's sources, which a page lists in its own footer; on screen they are on the `=` screen.
    private func sourceList(_ sources: [String]) -> String {
        guard !sources.isEmpty else { return "" }
        return "\nSources\n" + String(repeating: glyphs.rule, count: 7) + "\n\n"
            + sources.map { glyphs.bullet + " " + glyphs.text($0) + "\n" }.joined()
    }

    private func referenceList(_ references: [String], numbers: [Int]? = nil) -> String {
        guard !references.isEmpty else { return "" }
        let numbers = numbers ?? references.indices.map { $0 + 1 }
        let numberWidth = String(numbers.max() ?? references.count).count
        var text = "\nReferences\n\n"
        for (index, reference) in references.enumerated() {
            let number = String(numbers[index])
            text += String(repeating: " ", count: numberWidth - number.count) + " \(number). " + glyphs.text(reference) + "\n"
        }
        return text
    }
}

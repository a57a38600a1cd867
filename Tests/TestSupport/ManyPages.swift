import Catalog

/// A toolkit of many short pages, made in memory: more than opening the search prompt indexes at
/// once, so that the index is still being built when a search is typed. Deterministic: page `n`
/// is always the same. Every page has `commissioning`; every fifth has `quokka`, in its title on
/// every 25th; pages in the same section link to each other.
public enum ManyPages {
    /// The toolkit's files: an index, `sections` section menus and `pages` pages.
    public static func files(pages: Int = 700, sections: Int = 7) -> [SourceFile] {
        let words = ["procurement", "partnership", "social", "value", "council", "charity", "tender", "outcome", "co-production", "evidence"]
        var files = [Fixture.page("index.md", frontMatter: "title: Many pages", body: "Every page of this toolkit is generated.")]
        for section in 0..<sections {
            files.append(Fixture.page("s\(section)/index.md", frontMatter: "title: Section \(section)\norder: \(sections - section)",
                                      body: "Pages about commissioning, part \(section)."))
        }
        for page in 0..<pages {
            let section = page % sections
            var lines = ["Commissioning \(words[page % words.count]) and \(words[(page * 3) % words.count]) in page \(page)."]
            if page % 5 == 0 { lines.append("A quokka appears in this one, beside \(words[(page * 5) % words.count]).") }
            lines.append("## Steps\n\nSee [the next page](p\(page + sections).md) about \(words[(page * 7) % words.count]) value.")
            let title = page % 25 == 0 ? "Quokka page \(page)" : "Page \(page)"
            files.append(Fixture.page("s\(section)/p\(page).md", frontMatter: "title: \(title)\norder: \(pages - page)", body: lines.joined(separator: "\n\n")))
        }
        return files
    }
}

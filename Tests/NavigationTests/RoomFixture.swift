import Catalog

/// A toolkit with a page to ask the room about: two questions for the team and three checklist
/// items, and a page with nothing to ask.
enum RoomFixture {
    static let catalog: Catalog = {
        let files = [
            SourceFile(path: "index.md", text: "---\ntitle: Root\nsources: [https://example.org/]\n---\nThe root.\n"),
            SourceFile(path: "session/index.md", text: "---\ntitle: A session\nshort: Session\norder: 1\nsources: [https://example.org/]\n---\n"),
            SourceFile(path: "session/partnership.md", text: """
                ---
                title: Working in partnership
                short: Partnership
                order: 1
                sources: [https://example.org/]
                ---
                ## Checklist

                - [ ] Do we share the risk?
                - [ ] Do providers help design the service?
                - [x] Is the contract long enough to plan?

                ## Questions for your team

                - Who would notice first if this went wrong?
                - What would a provider say about us?

                """),
            SourceFile(path: "session/plain.md", text: "---\ntitle: Nothing to ask\nshort: Plain\norder: 2\nsources: [https://example.org/]\n---\nJust text.\n"),
        ]
        switch CatalogLoader.load(files) {
        case let .success(catalog): return catalog
        case let .failure(problems): fatalError("room fixture does not load: \(problems.problems)")
        }
    }()

    static let page = PageID("session/partnership")
}

import Catalog
import XCTest

/// A small toolkit to present: a deck whose titles number their items, with an overview first
/// and notes on one page, and a root menu of two sections.
enum PresentingFixture {
    static let catalog: Catalog = {
        let files = [
            SourceFile(path: "index.md", text: "---\ntitle: Root\nsources: [https://example.org/]\n---\nThe root.\n"),
            SourceFile(path: "principles/index.md", text: "---\ntitle: Three principles\nshort: Principles\norder: 1\nsources: [https://example.org/]\n---\n"),
            SourceFile(path: "principles/overview.md", text: "---\ntitle: \"Overview: all three\"\nshort: Overview\norder: 1\nsources: [https://example.org/]\n---\nAll three at once.\n"),
            SourceFile(path: "principles/trust.md", text: "---\ntitle: \"Principle 1: Trust\"\nshort: Trust\nsummary: Trust first\norder: 2\nsources: [https://example.org/]\n---\n## What it means\n\nTrust.\n\n<!-- notes\nAsk the room about trust.\n\nThen wait.\n-->\n\nSee [fairness](fairness.md).\n"),
            SourceFile(path: "principles/fairness.md", text: "---\ntitle: \"Principle 2: Fairness\"\nshort: Fairness\norder: 3\nsources: [https://example.org/]\n---\nFairness.\n\n" + (1...40).map { "Line \($0) of a long principle." }.joined(separator: "\n\n") + "\n"),
            SourceFile(path: "principles/prevention.md", text: "---\ntitle: \"Principle 3: Prevention\"\nshort: Prevention\norder: 4\nsources: [https://example.org/]\n---\nPrevention.\n"),
            SourceFile(path: "about.md", text: "---\ntitle: About\norder: 2\nsources: [https://example.org/]\n---\nAbout it.\n"),
        ]
        switch CatalogLoader.load(files) {
        case let .success(catalog): return catalog
        case let .failure(problems): fatalError("presenting fixture does not load: \(problems.problems)")
        }
    }()
}

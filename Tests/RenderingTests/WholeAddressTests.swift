import BuiltinContent
import Foundation
import Catalog
import Layout
@testable import Rendering
import TestSupport
import XCTest

/// Printed output never splits a web address across lines (a line holding one may run past the
/// width, as in `lynx -dump`), so an address can be copied whole; the screen still never overflows.
final class WholeAddressTests: XCTestCase {
    private static let builtin: Catalog = {
        guard case let .success(catalog) = CatalogLoader.load(BuiltinContent.files) else { fatalError("built-in content does not load") }
        return catalog
    }()

    /// Every http(s) address a page names: its sources and the web links in its text.
    private func addresses(of id: PageID, in catalog: Catalog) -> Set<String> {
        let page = catalog[id]
        var urls = Set(page.sources.filter { $0.hasPrefix("http://") || $0.hasPrefix("https://") })
        for link in page.links {
            if case let .external(url) = link.target, url.hasPrefix("http") { urls.insert(url) }
        }
        return urls
    }

    func testShowNeverSplitsAnAddressOfAnyPageAt40And80And120Columns() {
        let catalog = Self.builtin
        var checked = 0
        for id in catalog.ids {
            let urls = addresses(of: id, in: catalog)
            for width in [40, 80, 120] {
                let lines = PlainText(catalog: catalog, width: width, glyphs: .unicode).page(id).split(separator: "\n").map(String.init)
                for url in urls {
                    XCTAssertTrue(lines.contains { $0.contains(url) }, "\(id) at \(width) columns splits \(url)")
                    checked += 1
                }
                for line in lines where DisplayWidth.of(line) > width {
                    XCTAssertTrue(line.contains("http://") || line.contains("https://") || line.hasPrefix(" ") && line.contains(". toolkit "),
                                  "\(id) at \(width): only a line holding an address (or a reference) may run past the width: \(line)")
                }
            }
        }
        XCTAssertGreaterThan(checked, 100, "the built-in toolkit names addresses on every page")
    }

    func testTheHandoutKeepsAddressesWholeToo() {
        let catalog = Self.builtin
        let address = try! NSRegularExpression(pattern: "https?://[^ \\n\\])>]+")
        func urls(in line: String) -> [String] {
            address.matches(in: line, range: NSRange(line.startIndex..., in: line)).map {
                String(line[Range($0.range, in: line)!]).trimmingCharacters(in: CharacterSet(charactersIn: ".,;:"))
            }
        }
        // Every address as the authors wrote it, in front matter or text.
        let known = Set(BuiltinContent.files.flatMap { $0.text.split(separator: "\n").flatMap { urls(in: String($0)) } })
        let text = Handout.text(from: .root, as: PlainText(catalog: catalog, width: 40, glyphs: .unicode))
        var found = 0
        for line in text.split(separator: "\n").map(String.init) {
            for url in urls(in: line) {
                XCTAssertTrue(known.contains(url), "show --all at 40 columns prints a piece of an address: \(line)")
                found += 1
            }
        }
        XCTAssertGreaterThan(found, 50)
    }

    func testAnAddressInTextStartsItsOwnLineAndTheTextAfterItWrapsAgain() {
        let url = "https://example.org/a/very/long/address/that/is/wider/than/the/line"
        let page = Fixture.load([Fixture.root, Fixture.page("a.md", body: "See \(url) for the details of this case.")])[PageID("a")]
        let printed = PageLayout(width: 30, glyphs: .unicode, wholeAddresses: true).document(for: page).lines.map(\.text)
        XCTAssertEqual(Array(printed.drop { !$0.hasPrefix("See") }.prefix(3)), ["See", url, "for the details of this case."])
        let onScreen = PageLayout(width: 30, glyphs: .unicode).document(for: page)
        XCTAssertTrue(onScreen.lines.allSatisfy { $0.width <= 30 }, "the screen cuts what it cannot fit")
    }
}

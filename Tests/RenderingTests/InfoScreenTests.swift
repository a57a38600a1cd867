import Catalog
import Layout
@testable import Navigation
@testable import Rendering
import TestSupport
import XCTest

/// The `=` screen gives every web address of a page on rows of its own, whole wherever the
/// window is wide enough, so a reader can select and copy it.
final class InfoScreenTests: XCTestCase {
    private static let short = "https://example.org/a-source-of-seventy-or-so-characters/for-the-test"
    private static let long = "https://example.org/a-source-far-longer-than-eighty-columns/which-a-terminal-row-cannot-hold/whole"
    private static let inText = "https://example.org/in-text"

    private let catalog = Fixture.load([
        Fixture.root,
        Fixture.page("a.md", frontMatter: "title: A page\nsources:\n  - \(short)\n  - \(long)", body: "Read [the report](\(inText))."),
    ])

    private func screen(columns: Int, rows: Int) -> [String] {
        let state = reduce(State(catalog: catalog, size: Size(columns: columns, rows: rows), start: PageID("a")), .key(.character("="))).state
        return render(state).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func testEveryAddressThatFitsTheWindowIsWholeOnARowOfItsOwn() {
        let rows = screen(columns: 80, rows: 24)
        XCTAssertTrue(rows.contains("  " + Self.short), rows.joined(separator: "\n"))
        XCTAssertTrue(rows.contains { $0.hasPrefix("  Other web links") })
        XCTAssertTrue(rows.contains("  " + Self.inText), rows.joined(separator: "\n"))
        XCTAssertFalse(rows.contains { $0.contains(Self.long) })
        XCTAssertTrue(rows.contains { $0.contains("toolkit show a to print it whole") }, "the way to get the wrapped one whole")
        let wide = screen(columns: 120, rows: 30)
        XCTAssertTrue(wide.contains("  " + Self.long), wide.joined(separator: "\n"))
        XCTAssertFalse(wide.contains { $0.contains("wrapped") }, "no note when every address fits")
    }

    func testAWrappedAddressStartsAtTheFirstColumnSoItsPiecesJoinBack() {
        let rows = screen(columns: 80, rows: 24)
        guard let first = rows.firstIndex(where: { $0.hasPrefix("https://example.org/a-source-far") }) else {
            return XCTFail(rows.joined(separator: "\n"))
        }
        XCTAssertEqual(rows[first] + rows[first + 1].trimmingTrailingSpaces, Self.long)
    }

    func testALongListOfAddressesScrollsLikeAPage() {
        let many = (1...30).map { "https://example.org/source-\($0)" }
        let catalog = Fixture.load([
            Fixture.root,
            Fixture.page("a.md", frontMatter: "title: A page\nsources:\n" + many.map { "  - \($0)" }.joined(separator: "\n")),
        ])
        let info = reduce(State(catalog: catalog, size: Size(columns: 80, rows: 24), start: PageID("a")), .key(.character("="))).state
        XCTAssertEqual(StatusView.position(for: info), "Info · Top")
        let down = assertTransition(info, .key(.down)) { $0.overlay = .info(scroll: 1) }
        let end = reduce(down, .key(.end)).state
        let maximum = info.infoLines.count - info.frame.bodyRows
        XCTAssertEqual(end.overlay, .info(scroll: maximum))
        XCTAssertEqual(StatusView.position(for: end), "Info · Bot")
        XCTAssertTrue(render(end).text.contains("  https://example.org/source-30\n"), render(end).text)
        assertTransition(end, .key(.pageDown))
        XCTAssertEqual(reduce(end, .key(.home)).state.overlay, .info(scroll: 0))
        XCTAssertNil(reduce(end, .key(.escape)).state.overlay)
        let shrunk = reduce(end, .resized(Size(columns: 80, rows: 60))).state
        XCTAssertEqual(shrunk.overlay, .info(scroll: 0), "a window that holds it all shows it from the top")
    }

    func testFollowingALongWebLinkSaysWhereToReadItWhole() {
        let page = State(catalog: catalog, size: Size(columns: 80, rows: 24), start: PageID("a"))
        let focused = reduce(page, .key(.tab)).state
        let sources = (0..<20).reduce(focused) { state, _ in
            state.document.targets.indices.contains(state.place.focus ?? -1)
                && state.document.targets[state.place.focus!].action == .external(Self.long) ? state : reduce(state, .key(.tab)).state
        }
        assertTransition(sources, .key(.enter)) { $0.notice = "Web link (= shows it whole): \(Self.long)" }
        let report = reduce(page, .key(.tab)).state
        assertTransition(report, .key(.enter)) { $0.notice = "Web link (open it in a browser): \(Self.inText)" }
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}

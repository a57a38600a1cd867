import BuiltinContent
import Catalog
import Layout
@testable import Navigation
@testable import Rendering
import XCTest

/// The selected item of a list shows without colour: its margin marker, number and title are
/// reversed, and nothing else on screen is.
final class SelectionStyleTests: XCTestCase {
    private static let builtin: Catalog = {
        guard case let .success(catalog) = CatalogLoader.load(BuiltinContent.files) else { fatalError("built-in content does not load") }
        return catalog
    }()

    /// The text of every reversed span on screen, by row.
    private func reversed(_ keys: [Key], at id: PageID = .root, size: Size = Size(columns: 80, rows: 24)) -> [Int: [String]] {
        let state = keys.reduce(State(catalog: Self.builtin, size: size, start: id)) { reduce($0, .key($1)).state }
        var result: [Int: [String]] = [:]
        for (row, spans) in render(state).rows.enumerated() {
            let texts = spans.filter { $0.style.reverse && $0.style.role != .chrome }.map(\.text)
            if !texts.isEmpty { result[row] = texts }
        }
        return result
    }

    func testTheSelectedMenuItemHasItsMarkerNumberAndTitleReversed() {
        let rows = reversed([.down])
        XCTAssertEqual(rows.count, 1, "one row shows the selection: \(rows)")
        XCTAssertEqual(rows.values.first?.joined(), "› 2  5 Fundamental Correctives for Public Service Reform")
    }

    func testMovingTheSelectionMovesTheReversedCells() {
        let before = reversed([.down]), after = reversed([.down, .down])
        XCTAssertEqual(before.count, 1)
        XCTAssertEqual(after.count, 1)
        XCTAssertNotEqual(before.keys.first, after.keys.first)
    }

    func testANarrowWindowWithoutAMarginReversesTheWholeItem() {
        let rows = reversed([.down], size: Size(columns: 24, rows: 12))
        XCTAssertEqual(rows.count, 1, "\(rows)")
        XCTAssertTrue(rows.values.first?.joined().contains("2 ") == true, "\(rows)")
        XCTAssertGreaterThan(rows.values.first?.joined().count ?? 0, 10, "the title is reversed too: \(rows)")
    }
}

import BuiltinContent
import Catalog
import Layout
@testable import Navigation
@testable import Rendering
import TestSupport
import XCTest

/// The menu after ↓, with its attributes: the selected item reversed from marker to the end of
/// its title, at 80x24 and in a window too narrow for a margin.
final class SelectionSnapshotTests: XCTestCase {
    private static let builtin: Catalog = {
        guard case let .success(catalog) = CatalogLoader.load(BuiltinContent.files) else { fatalError("built-in content does not load") }
        return catalog
    }()

    func testTheSelectedItemIsReversedAcrossItsRow() {
        for size in [Size(columns: 80, rows: 24), Size(columns: 24, rows: 12)] {
            let state = reduce(State(catalog: Self.builtin, size: size), .key(.down)).state
            assertSnapshot(StyledScreen.text(render(state)), named: "selection.\(size)")
        }
    }
}

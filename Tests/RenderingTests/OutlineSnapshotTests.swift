import BuiltinContent
import Catalog
import Layout
@testable import Navigation
@testable import Rendering
import TestSupport
import XCTest

/// The outline of a long case study, with its attributes, at 80x24 and 40x12; and the status
/// line naming the section the top line is in, after a jump.
final class OutlineSnapshotTests: XCTestCase {
    private static let builtin: Catalog = {
        guard case let .success(catalog) = CatalogLoader.load(BuiltinContent.files) else { fatalError("built-in content does not load") }
        return catalog
    }()
    private let oldham = PageID("case-studies/oldham-social-prescribing")

    private func state(_ size: Size, keys: [Key]) -> State {
        keys.reduce(State(catalog: Self.builtin, size: size, start: oldham)) { reduce($0, .key($1)).state }
    }

    func testTheOutlineWithTheSectionBeingReadSelected() {
        for size in [Size(columns: 80, rows: 24), Size(columns: 40, rows: 12)] {
            let opened = state(size, keys: [.pageDown, .pageDown, .character("o")])
            assertSnapshot(StyledScreen.text(render(opened)), named: "outline.\(size)")
        }
    }

    func testAfterAJumpTheStatusLineNamesTheSection() {
        for size in [Size(columns: 80, rows: 24), Size(columns: 40, rows: 12)] {
            let jumped = state(size, keys: [.character("o"), .down, .down, .down, .enter])
            assertSnapshot(StyledScreen.text(render(jumped)), named: "outline-jumped.\(size)")
            let status = render(jumped).text.split(separator: "\n", omittingEmptySubsequences: false)[size.rows - 2]
            XCTAssertTrue(status.hasPrefix(" How it was set up"), String(status))
        }
    }
}

import Catalog
@testable import Layout
import XCTest

/// A task item's box at widths where a list has no room for markers.
final class TaskBoxLayoutTests: XCTestCase {
    private let item: Block = .task(checked: true, content: [Inline("Do we share risk?")])

    func testABoxTooWideForItsListStillStandsBeforeTheText() {
        let lines = BlockLayout(width: 4, glyphs: .unicode).lines(for: [.list(start: nil, items: [[item]])])
        XCTAssertEqual(lines.map(\.text), ["[x]", "Do", "we", "shar", "e", "risk", "?"])
    }

    func testAListWideEnoughPutsTheBoxInTheMarkersPlaceWithAHangingIndent() {
        let lines = BlockLayout(width: 12, glyphs: .ascii).lines(for: [.list(start: nil, items: [[item], [.paragraph([Inline("Plain")])]])])
        XCTAssertEqual(lines.map(\.text), ["[x] Do we", "    share", "    risk?", "*   Plain"])
    }

    func testAtWidthsNarrowerThanTheBoxEveryLineStillFits() {
        // The fuzzer's find: the checklist at width 1 drew "[ ]", three columns wide.
        for width in 1...4 {
            for blocks: [Block] in [[item], [.list(start: nil, items: [[item]])]] {
                let lines = BlockLayout(width: width, glyphs: .unicode).lines(for: blocks)
                XCTAssertTrue(lines.allSatisfy { $0.width <= width }, "at \(width): \(lines.map(\.text))")
            }
        }
    }
}

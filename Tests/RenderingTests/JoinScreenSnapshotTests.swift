import BuiltinContent
import Catalog
import Layout
import Navigation
@testable import Rendering
import TestSupport
import XCTest

/// The presenter's join screen and head count on the built-in toolkit, compared with `Snapshots/`.
final class JoinScreenSnapshotTests: XCTestCase {
    private static let builtin: Catalog = {
        guard case let .success(catalog) = CatalogLoader.load(BuiltinContent.files) else { fatalError("built-in content does not load") }
        return catalog
    }()

    private func presenting(_ size: Size, join: JoinInstructions?, glyphs: Glyphs = .unicode, events: [Event]) -> Presentation {
        let initial = Presentation(catalog: Self.builtin, window: size, glyphs: glyphs, start: PageID("principles"), join: join)
        return events.reduce(reduce(initial, .tick(0)).state) { reduce($0, $1).state }
    }

    private func assertScreen(_ screen: Screen, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        for row in screen.rows {
            XCTAssertLessThanOrEqual(row.reduce(0) { $0 + $1.width }, screen.size.columns, file: file, line: line)
        }
        assertSnapshot(screen.text, named: "\(name).\(screen.size)", file: file, line: line)
    }

    func testTheJoinScreenShowsTheSSHCommandAndTheLocalOneLarge() {
        let join = JoinInstructions(remote: "ssh -t workshop@training.example.org", local: "toolkit follow --socket /srv/workshop/present.sock")
        for size in [Size(columns: 100, rows: 30), Size(columns: 80, rows: 24), Size(columns: 40, rows: 12)] {
            assertScreen(render(presenting(size, join: join, events: [.followersChanged(20), .key(.character("J"))])), named: "present-join")
        }
    }

    func testTheJoinScreenWithOnlyTheLocalCommandInASCII() {
        let join = JoinInstructions(remote: nil, local: "toolkit follow")
        assertScreen(render(presenting(Size(columns: 80, rows: 24), join: join, glyphs: .ascii, events: [.key(.character("J"))])), named: "present-join-local-ascii")
    }

    func testAnyKeyTakesTheJoinScreenDown() {
        let join = JoinInstructions(remote: "ssh -t workshop@training.example.org", local: "toolkit follow")
        let shown = presenting(Size(columns: 80, rows: 24), join: join, events: [.key(.character("J"))])
        XCTAssertTrue(render(shown).text.contains("ssh -t workshop@training.example.org"))
        let back = render(reduce(shown, .key(.character("x"))).state).text
        XCTAssertFalse(back.contains("ssh -t workshop@training.example.org"), back)
        XCTAssertTrue(back.contains("Overview"), back)
    }

    func testThePresentersFooterCountsFollowers() {
        let join = JoinInstructions(remote: nil, local: "toolkit follow")
        assertScreen(render(presenting(Size(columns: 80, rows: 24), join: join, events: [.followersChanged(1), .followersChanged(20), .key(.right)])), named: "present-head-count")
        let unshared = render(presenting(Size(columns: 80, rows: 24), join: nil, events: [.key(.right)])).text
        XCTAssertFalse(unshared.contains("following"), "no head count when not shared\n\(unshared)")
    }
}

import Catalog
import Layout
@testable import Navigation
@testable import Rendering
import TestSupport
import XCTest

/// Footer and help in small windows (issue 18): the footer keeps `? help` and `q quit` and drops
/// other hints first, shows Forward's key when Forward has somewhere to go, and help wraps at
/// words instead of cutting them.
final class SmallWindowSnapshotTests: XCTestCase {
    private let sizes = [Size(columns: 40, rows: 12), Size(columns: 50, rows: 15), Size(columns: 80, rows: 24)]

    private func state(_ catalog: Catalog, _ size: Size, keys: [Key]) -> State {
        keys.reduce(State(catalog: catalog, size: size)) { reduce($0, .key($1)).state }
    }

    private func assertScreen(_ state: State, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        let screen = render(state)
        for row in screen.rows {
            XCTAssertLessThanOrEqual(row.reduce(0) { $0 + $1.width }, state.size.columns, file: file, line: line)
        }
        assertSnapshot(screen.text, named: "\(name).\(state.size)", file: file, line: line)
    }

    private func footer(_ state: State) -> String {
        render(state).rows.last!.map(\.text).joined()
    }

    func testTheFooterAlwaysKeepsHelpAndQuit() {
        let screens: [(String, [Key])] = [("menu", []), ("page", [.enter, .enter]), ("results", "/partnership".map(Key.character) + [.enter, .left])]
        for size in sizes + [Size(columns: 30, rows: 8)] {
            for (name, keys) in screens {
                let shown = footer(state(SearchFixture.catalog, size, keys: keys))
                XCTAssertTrue(shown.contains("? help") && shown.contains("q quit"), "\(name) at \(size): \(shown)")
            }
        }
    }

    func testAfterBackTheFooterShowsForwardsKey() {
        for size in sizes {
            let back = state(Fixture.catalog, size, keys: [.enter, .enter, .left])
            XCTAssertFalse(back.forward.isEmpty)
            XCTAssertTrue(footer(back).contains("Alt-→ forward"), footer(back))
            XCTAssertFalse(footer(state(Fixture.catalog, size, keys: [.enter, .enter])).contains("forward"), "no Forward to offer")
            assertScreen(back, named: "back-with-forward")
        }
    }

    func testHelpWrapsAtWordsAndNeverCutsOne() {
        let words = Set(Keymap.helpLines(arrows: .symbols).flatMap { line -> [Substring] in
            switch line {
            case let .heading(title): return title.split(separator: " ")
            case let .entry(keys, help): return keys.split(separator: " ") + help.split(separator: " ")
            case .blank: return []
            }
        })
        for size in sizes {
            let help = state(Fixture.catalog, size, keys: [.character("?")])
            assertScreen(help, named: "help-wrapped")
            var scrolled = help
            var shown: [Substring] = []
            for _ in 0..<40 {
                let screen = render(scrolled)
                shown += screen.rows.dropFirst().dropLast(2).flatMap { $0.map(\.text).joined().split(separator: " ") }
                scrolled = reduce(scrolled, .key(.pageDown)).state
            }
            XCTAssertEqual(Set(shown).subtracting(words), [], "cut words at \(size)")
            XCTAssertTrue(Set(shown).isSuperset(of: words), "every word of help can be scrolled to at \(size)")
            assertScreen(reduce(help, .key(.end)).state, named: "help-wrapped-end")
        }
    }

    func testASuggestionInThePromptsList() {
        for size in sizes {
            assertScreen(state(SearchFixture.catalog, size, keys: "/procuremnt ".map(Key.character)), named: "search-suggestion")
        }
    }
}

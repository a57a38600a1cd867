import Glibc
import Navigation
import Rendering
import Runtime
import TestSupport
import XCTest

/// The line terminal of `follow --plain`: typed lines become keys, and a drawn screen prints only
/// the lines that changed.
final class LineTerminalTests: XCTestCase {
    private func pipeTerminal() -> (LineTerminal, writing: Int32, printed: () -> [String]) {
        var ends: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ends), 0)
        final class Sink: @unchecked Sendable { var text: [String] = [] }
        let sink = Sink()
        let terminal = LineTerminal(input: ends[0]) { sink.text.append($0) }
        return (terminal, ends[1], { sink.text })
    }

    func testTypedLinesBecomeKeysAndAnythingElseNothing() {
        let (terminal, writing, _) = pipeTerminal()
        let typed = "2\nh\nhello\n 3 \nq\nunfinished"
        _ = typed.withCString { Glibc.write(writing, $0, strlen($0)) }
        XCTAssertEqual(terminal.readEvents(), [.key(.character("2")), .key(.character("H")), .key(.character("3")), .key(.character("q"))])
        XCTAssertEqual(terminal.readEvents(), [], "nothing more until a line ends")
        close(writing)
        XCTAssertEqual(terminal.readEvents(), [.key(.character("q"))], "the end of input leaves")
    }

    func testOnlyChangedLinesArePrinted() {
        let (terminal, writing, printed) = pipeTerminal()
        defer { close(writing) }
        let catalogFollower = { (lines: [String]) -> Screen in
            FollowerTranscript.screen(for: lines.reduce(Follower(catalog: Fixture.catalog, window: terminal.size)) { reduce($0, .shared($1)).state })
        }
        terminal.draw(catalogFollower([]), fully: true)
        terminal.draw(catalogFollower([]), fully: false)
        terminal.draw(catalogFollower(["blank"]), fully: false)
        XCTAssertEqual(printed(), ["Waiting for the presenter.\n", "The presenter has blanked the screen.\n"])
    }
}

import Catalog
@testable import Navigation
import TestSupport
import XCTest

/// The `/` and `:` line edits as a shell's does: ← and → move the cursor, Ctrl-A and Ctrl-E go to
/// its ends, Ctrl-U and Ctrl-W delete before it, and Backspace on an empty line keeps it open.
/// Each edit leaves exactly the prompt that typing its result afresh would, cursor aside.
final class PromptEditingTransitionTests: XCTestCase {
    private let catalog = Fixture.catalog
    private let size = Size(columns: 80, rows: 24)
    private var menu: State { State(catalog: catalog, size: size) }

    private func typing(_ text: String, _ kind: Character = "/") -> State {
        var state = reduce(menu, .key(.character(kind))).state
        for character in text { state = reduce(state, .key(.character(character))).state }
        return state
    }

    /// The prompt typing `text` gives, with the cursor at `cursor`.
    private func prompt(_ text: String, cursor: Int? = nil, _ kind: Character = "/") -> Prompt? {
        var prompt = typing(text, kind).prompt
        if let cursor { prompt?.cursor = cursor }
        return prompt
    }

    func testTypingPutsTheCursorAfterWhatWasTyped() {
        XCTAssertEqual(typing("part").prompt?.cursor, 4)
    }

    func testArrowsMoveTheCursorWithinTheLineOnly() {
        let typed = typing("part")
        let left = assertTransition(typed, .key(.left)) { $0.prompt?.cursor = 3 }
        assertTransition(left, .key(.right)) { $0.prompt?.cursor = 4 }
        assertTransition(typed, .key(.right))  // the end stays the end
        let start = assertTransition(typed, .key(.control("a"))) { $0.prompt?.cursor = 0 }
        assertTransition(start, .key(.left))  // the start stays the start
        assertTransition(start, .key(.control("e"))) { $0.prompt?.cursor = 4 }
        assertTransition(typed, .key(.home)) { $0.prompt?.cursor = 0 }
        assertTransition(start, .key(.end)) { $0.prompt?.cursor = 4 }
    }

    func testTypingAndDeletingHappenAtTheCursor() {
        let start = reduce(typing("art"), .key(.control("a"))).state
        assertTransition(start, .key(.character("p"))) { $0.prompt = self.prompt("part", cursor: 1) }
        let middle = reduce(reduce(typing("paart"), .key(.left)).state, .key(.left)).state
        assertTransition(middle, .key(.backspace)) { $0.prompt = self.prompt("part", cursor: 2) }
    }

    func testControlUDeletesEverythingBeforeTheCursor() {
        assertTransition(typing("part one"), .key(.control("u"))) { $0.prompt = self.prompt("") }
        let middle = reduce(reduce(reduce(typing("part one"), .key(.left)).state, .key(.left)).state, .key(.left)).state
        assertTransition(middle, .key(.control("u"))) { $0.prompt = self.prompt("one", cursor: 0) }
    }

    func testControlWDeletesTheWordBeforeTheCursorAndTheSpacesAfterIt() {
        let typed = assertTransition(typing("part one  "), .key(.control("w"))) { $0.prompt = self.prompt("part ") }
        let emptied = assertTransition(typed, .key(.control("w"))) { $0.prompt = self.prompt("") }
        assertTransition(emptied, .key(.control("w")))
    }

    func testBackspaceOnAnEmptyLineKeepsItOpenSoLettersAreNotRunAsCommands() {
        let open = typing("")
        assertTransition(open, .key(.backspace))
        let typed = assertTransition(open, .key(.character("q"))) { $0.prompt = self.prompt("q") }
        XCTAssertFalse(typed.isFinished, "q was typed, not run")
        assertTransition(typing("", ":"), .key(.backspace))
        assertTransition(open, .key(.escape)) { $0.prompt = nil }
    }

    func testTheGoToLineEditsTooAndTabCompletionPutsTheCursorAtTheEnd() {
        let typed = typing("alp", ":")
        assertTransition(typed, .key(.control("u"))) { $0.prompt = self.prompt("", ":") }
        let completed = reduce(reduce(typed, .key(.control("a"))).state, .key(.tab)).state
        XCTAssertEqual(completed.prompt?.cursor, completed.prompt?.text.count)
    }
}

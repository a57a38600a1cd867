import Foundation
import XCTest

/// The same key scripts under every common TERM give the same text on screen as under
/// xterm-256color (tmux draws them all; colour may differ, text may not), and every one of them
/// leaves the shell a clean line when the toolkit quits.
final class TerminalMatrixTests: TmuxTestCase {
    /// Every TERM of the matrix. `ansi` describes a terminal that wraps as soon as a row's last
    /// column is written, so the toolkit leaves that column alone there and draws what a window
    /// one column narrower shows.
    static let terms = [
        "xterm", "xterm-16color", "xterm-mono", "screen-256color", "tmux-256color", "rxvt-unicode-256color",
        "linux", "vt100", "vt220", "ansi",
    ]

    /// The TERMs whose descriptions have no alternate screen: what was drawn stays after quitting.
    static let withoutAlternateScreen: Set<String> = ["linux", "vt100", "vt220", "ansi"]

    /// One step of a script: keys to press (or text to type), then what the screen must show.
    struct Step {
        var keys: [String] = []
        var text: String?
        var until: String
        var holds: (Screen) -> Bool

        init(keys: [String] = [], text: String? = nil, until: String, holds: ((Screen) -> Bool)? = nil) {
            self.keys = keys
            self.text = text
            self.until = until
            self.holds = holds ?? { $0.contains(until) }
        }
    }

    /// Into the principles menu, down to an item, open its page and turn a page.
    static var reading: [Step] { [
        Step(until: "1 of 6"),
        Step(keys: ["Down", "Down", "Enter"], until: "3 of 6 · 9 Principles"),
        Step(keys: ["Down", "Down", "Enter"], until: "· Integration"),
        Step(keys: ["NPage"], until: "the page turned") { !$0.row(22).hasSuffix("Top") },
    ] }

    /// A search as it is typed, the second page found opened with its matches marked.
    static var searching: [Step] { [
        Step(until: "1 of 6"),
        // A whole word of the toolkit is searched as typed (issue 26), and the second page it
        // finds is a page, not a menu, so its matches are counted on the status line.
        Step(keys: ["/"], text: "commissioning", until: "/commissioning"),
        Step(keys: ["Down", "Enter"], until: "match 1 of"),
    ] }

    func testReadingLooksTheSameUnderEveryTerm() throws {
        try compareEveryTerm(Self.reading, "reading")
    }

    func testSearchingLooksTheSameUnderEveryTerm() throws {
        try compareEveryTerm(Self.searching, "searching")
    }

    /// Ctrl-C, SIGTERM and SIGHUP leave the same clean line as q on consoles without an
    /// alternate screen.
    func testEveryExitPathLeavesACleanLineWithoutAnAlternateScreen() throws {
        for term in ["linux", "vt100"] {
            for way in ["C-c", "SIGTERM", "SIGHUP"] {
                let tmux = try startTmux(width: 80, height: 24)
                try tmux.startToolkit(term: term)
                let shown = try tmux.waitFor("1 of 6")
                switch way {
                case "SIGTERM": XCTAssertEqual(kill(try tmux.toolkitPID(), SIGTERM), 0)
                case "SIGHUP": XCTAssertEqual(kill(try tmux.toolkitPID(), SIGHUP), 0)
                default: tmux.send(way)
                }
                let record = try tmux.waitForExit()
                XCTAssertNotEqual(record.status, 0, "\(way) under TERM=\(term)")
                try tmux.assertTerminalRestored(record, startShown: false)
                try ExitLine.assertClean(tmux.capture(), below: shown, term: "\(term) after \(way)")
                tmux.kill()
            }
        }
    }

    /// Runs `script` under the reference and every TERM, comparing the screens' text, then quits
    /// and checks the line the shell's prompt lands on.
    private func compareEveryTerm(_ script: [Step], _ name: String) throws {
        continueAfterFailure = true
        var references: [Int: [String]] = [:]
        for term in ["xterm-256color"] + Self.terms {
            // A failure under one TERM is recorded and the others still run.
            do {
                try requireDescription(of: term)
                let width = term == "ansi" ? 79 : 80
                if references[width] == nil && term != "xterm-256color" {
                    references[width] = try run(script, term: "xterm-256color", width: width).lines
                    tmux.kill()
                }
                let screen = try run(script, term: term, width: 80)
                if term == "xterm-256color" { references[80] = screen.lines }
                let expected = references[width] ?? []
                XCTAssertEqual(screen.lines, expected, "TERM=\(term) shows other text than xterm-256color at \(width) columns\(screen)")
                try quitOntoACleanLine(term: term, shown: screen)
            } catch {
                XCTFail("\(name) under TERM=\(term): \(error)")
                if references.isEmpty { throw error }
            }
            tmux?.kill()
        }
    }

    /// The screen at the end of `script`, in a fresh tmux `width` columns wide.
    private func run(_ script: [Step], term: String, width: Int) throws -> Screen {
        let tmux = try startTmux(width: width, height: 24)
        try tmux.startToolkit(term: term)
        var screen = Screen(text: "")
        for step in script {
            for key in step.keys { tmux.send(key) }
            if let text = step.text { tmux.type(text) }
            screen = try tmux.waitFor("\(step.until) under TERM=\(term)", step.holds)
        }
        return screen
    }

    /// Quits with q; with an alternate screen the shell's screen is back, without one the
    /// toolkit's last screen stays and the wrapper's next line starts clean below its hints.
    private func quitOntoACleanLine(term: String, shown: Screen) throws {
        tmux.send("q")
        let record = try tmux.waitForExit()
        XCTAssertEqual(record.status, 0)
        guard Self.withoutAlternateScreen.contains(term) else {
            try tmux.assertTerminalRestored(record)
            return
        }
        try tmux.assertTerminalRestored(record, startShown: false)
        try ExitLine.assertClean(tmux.capture(), below: shown, term: term)
    }

    /// Fails with what to install when terminfo has no entry for `term`: the README's quick start
    /// installs ncurses-term, so this is not an optional tool but a machine set up short.
    private func requireDescription(of term: String) throws {
        let result = try Spawn.run("/usr/bin/env", ["infocmp", term], environment: ["PATH": "/usr/bin:/bin"])
        if result.status != 0 {
            XCTFail("needs the terminfo entry \(term): apt-get install ncurses-term")
            throw HarnessError("no terminfo entry for \(term)")
        }
    }
}

/// Where the shell goes on after the toolkit, on a terminal without an alternate screen.
enum ExitLine {
    /// The toolkit's last line, its hints, is still on screen unchanged (no prompt written over
    /// it), and the wrapper's line after the toolkit ended starts a line of its own below it
    /// (the shell may first report the signal on a line of its own).
    static func assertClean(_ after: Screen, below shown: Screen, term: String, marker: String = "toolkit-e2e: exited with",
                            file: StaticString = #filePath, line: UInt = #line) throws {
        let hints = shown.lines.last(where: { !$0.isEmpty }) ?? ""
        guard let markerRow = after.lines.lastIndex(where: { $0.contains(marker) }),
              let hintsRow = after.lines.lastIndex(of: hints) else {
            XCTFail("TERM=\(term): the hints or the wrapper's line are gone\(after)", file: file, line: line)
            return
        }
        XCTAssertTrue(after.row(markerRow).hasPrefix(marker), "TERM=\(term): the shell's line starts with something else\(after)", file: file, line: line)
        XCTAssertLessThan(hintsRow, markerRow, "TERM=\(term): the shell's line should come below the hints\(after)", file: file, line: line)
    }
}

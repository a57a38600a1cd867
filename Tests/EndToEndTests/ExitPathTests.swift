import Foundation
import XCTest

/// Every way out of the toolkit leaves the terminal as it found it: the same `stty -g`, the
/// alternate screen off and the shell's own screen back.
final class ExitPathTests: TmuxTestCase {
    /// Starts the toolkit at 80x24 and opens the case-studies menu, so there is state to lose.
    private func startInCaseStudies() throws -> TmuxSession {
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkit()
        try tmux.waitFor("Case studies of purpose-aligned partnerships", "1 of 6")
        tmux.send("1")
        try tmux.waitFor("the case-studies menu") { $0.row(0).hasPrefix(" Toolkit › 1 of 6 · Case studies") }
        return tmux
    }

    func testQuitWithQExitsZero() throws {
        let tmux = try startInCaseStudies()
        try tmux.quitAndAssertRestored()
        XCTAssertFalse(tmux.capture().contains("1 of 9"), "the toolkit's screen should be gone\(tmux.capture())")
    }

    func testCtrlCDiesOfSIGINTAndRestoresTheTerminal() throws {
        let tmux = try startInCaseStudies()
        tmux.send("C-c")
        let record = try tmux.waitForExit()
        // The toolkit restores the terminal, then re-raises SIGINT: the shell reports 128 + 2.
        XCTAssertEqual(record.status, 128 + SIGINT, "Ctrl-C should end the toolkit by SIGINT")
        try tmux.assertTerminalRestored(record)
    }

    func testSIGTERMDiesOfSIGTERMAndRestoresTheTerminal() throws {
        let tmux = try startInCaseStudies()
        let pid = try tmux.toolkitPID()
        XCTAssertEqual(kill(pid, SIGTERM), 0)
        let record = try tmux.waitForExit()
        XCTAssertEqual(record.status, 128 + SIGTERM)
        try tmux.assertTerminalRestored(record)
    }

    func testSIGHUPDiesOfSIGHUPAndRestoresTheTerminal() throws {
        let tmux = try startInCaseStudies()
        let pid = try tmux.toolkitPID()
        XCTAssertEqual(kill(pid, SIGHUP), 0)
        let record = try tmux.waitForExit()
        XCTAssertEqual(record.status, 128 + SIGHUP)
        try tmux.assertTerminalRestored(record)
    }

    func testACrashRestoresTheTerminalBeforeDying() throws {
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkit(environment: ["TOOLKIT_TEST_TRAP": "1", "SWIFT_BACKTRACE": "enable=no"], stderrToFile: true)
        let record = try tmux.waitForExit()
        // A Swift trap is SIGILL on x86-64 (SIGTRAP elsewhere); the handler re-raises it.
        XCTAssertTrue([128 + SIGILL, 128 + SIGTRAP].contains(record.status), "status \(record.status)")
        XCTAssertTrue(record.stderr.contains("crashing on purpose"), record.stderr)
        try tmux.assertTerminalRestored(record)
    }

    func testCtrlZSuspendsToTheShellAndFgRepaintsEverything() throws {
        // Run as the shell's own job, as a person would, so job control sees the toolkit itself.
        let tmux = try startTmux(width: 80, height: 24)
        try tmux.startToolkitAsShellJob()
        try tmux.waitFor("Case studies of purpose-aligned partnerships", "1 of 6")
        tmux.send("1")
        try tmux.waitFor("the case-studies menu") { $0.row(0).hasPrefix(" Toolkit › 1 of 6 · Case studies") }
        let before = tmux.settledCapture()

        tmux.send("C-z")
        let suspended = try tmux.waitFor("the shell's job-control message and prompt") {
            $0.contains("Stopped") && $0.lines.last(where: { !$0.isEmpty }) == "$"
        }
        XCTAssertEqual(tmux.display("#{alternate_on}"), "0", "suspending should leave the alternate screen\(suspended)")
        XCTAssertFalse(suspended.contains("1 of 9"), "the toolkit's screen should be gone while suspended\(suspended)")
        XCTAssertTrue(suspended.contains("toolkit-e2e: starting"), "the shell's screen should be back\(suspended)")

        // fg brings it back, wholly repainted.
        tmux.resumeWithFg()
        try tmux.waitFor("the toolkit back") { $0.row(0) == before.row(0) && $0.lines.count == 24 }
        let resumed = tmux.settledCapture()
        XCTAssertEqual(resumed.text, before.text, "fg should repaint the whole screen; before Ctrl-Z:\(before)\nafter fg:\(resumed)")
        XCTAssertEqual(tmux.display("#{alternate_on}"), "1")

        // Keys work after resuming.
        tmux.send("Down")
        try tmux.waitFor("the second item selected") { $0.row(22).hasSuffix("2 of 9") }
        try tmux.quitAndAssertRestored()
    }
}

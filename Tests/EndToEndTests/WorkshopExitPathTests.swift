import Foundation
import XCTest

/// Every way out of `present` and `follow` restores the terminal, and the presenter's socket goes
/// with it.
final class WorkshopExitPathTests: WorkshopTestCase {
    private func presenter() throws -> TmuxSession {
        let session = try terminal(100, 30)
        try session.startToolkit(["present", "--share", "--socket", socket, "principles"])
        try session.waitFor("Overview: all nine principles")
        return session
    }

    func testSIGTERMToThePresenterRestoresTheTerminalAndRemovesTheSocket() throws {
        let session = try presenter()
        XCTAssertTrue(FileManager.default.fileExists(atPath: socket))
        XCTAssertEqual(kill(try session.toolkitPID(), SIGTERM), 0)
        let record = try session.waitForExit()
        XCTAssertEqual(record.status, 128 + SIGTERM)
        try session.assertTerminalRestored(record)
        XCTAssertFalse(FileManager.default.fileExists(atPath: socket))
    }

    func testCtrlCOnAPresenterWithFollowersAsksOnceThenASecondEndsItBySIGINT() throws {
        let session = try presenter()
        let follower = try terminal(80, 24)
        try follower.startToolkit(["follow", "--socket", socket])
        try follower.waitFor("Overview: all nine principles", "following")
        // A key first: the note on how to join takes the head count's room until then.
        session.send("Right")
        try session.waitFor("Principle 1: Long-term planning", "1 following")
        session.send("C-c")
        try session.waitFor("1 following: quit? y/n")
        // Any other key stays where it was, and is spent on the answer.
        session.send("Left")
        try session.waitFor("the question gone, the item kept") { $0.contains("Principle 1: Long-term planning") && !$0.contains("quit? y/n") }
        session.send("C-c")
        try session.waitFor("1 following: quit? y/n")
        session.send("C-c")
        let record = try session.waitForExit()
        XCTAssertEqual(record.status, 128 + SIGINT)
        try session.assertTerminalRestored(record)
        try follower.waitFor("presenter gone")
    }

    func testCtrlCAndSIGHUPEndAFollowerByThatSignalWithTheTerminalRestored() throws {
        _ = try presenter()
        for (signal, key) in [(SIGINT, "C-c"), (SIGHUP, "")] {
            let follower = try terminal(80, 24)
            try follower.startToolkit(["follow", "--socket", socket])
            try follower.waitFor("Overview: all nine principles", "following")
            if key.isEmpty { XCTAssertEqual(kill(try follower.toolkitPID(), signal), 0) } else { follower.send(key) }
            let record = try follower.waitForExit()
            XCTAssertEqual(record.status, 128 + signal)
            try follower.assertTerminalRestored(record)
        }
    }

    func testCtrlZAndFgSuspendAndResumeThePresenter() throws {
        let session = try terminal(100, 30)
        try session.startToolkitAsShellJob(["present", "principles"])
        try session.waitFor("Overview: all nine principles")
        session.send("C-z")
        try session.waitFor("the shell's job-control message and prompt") {
            $0.contains("Stopped") && $0.lines.last(where: { !$0.isEmpty }) == "$"
        }
        XCTAssertEqual(session.display("#{alternate_on}"), "0")
        session.resumeWithFg()
        try session.waitFor("Overview: all nine principles")
        session.send("Right")
        try session.waitFor("Principle 1: Long-term planning", "principle 1 of 9")
        try session.quitAndAssertRestored()
    }
}

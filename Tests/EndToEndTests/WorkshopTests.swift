import Foundation
import Glibc
import XCTest

/// A workshop in three real terminals: a presenter sharing the correctives and two followers at
/// their own sizes, driven by keys in tmux.
final class WorkshopTests: WorkshopTestCase {
    /// A presenter on the correctives at 100x30 and followers at 80x24 and 60x20.
    private func startWorkshop() throws -> (presenter: TmuxSession, followers: [TmuxSession]) {
        let presenter = try terminal(100, 30)
        try presenter.startToolkit(["present", "--share", "--socket", socket, "--minutes", "45", "correctives"])
        try presenter.waitFor("Overview: the five correctives", "Sharing: attendees run toolkit follow --socket \(socket)")
        var followers: [TmuxSession] = []
        for (width, height) in [(80, 24), (60, 20)] {
            let follower = try terminal(width, height)
            try follower.startToolkit(["follow", "--socket", socket])
            try follower.waitFor("Overview: the five correctives", "following")
            followers.append(follower)
        }
        return (presenter, followers)
    }

    func testThePresentersKeysMoveBothFollowersAndFLetsOneExploreAndRejoin() throws {
        let (presenter, followers) = try startWorkshop()
        presenter.send("Right", "Right")
        let projected = try presenter.waitFor("Corrective 2 (title inferred)", "corrective 2 of 5", "keys: → →")
        XCTAssertTrue(projected.contains("45:00 left") || projected.contains("44:5"), "the countdown is on the footer\(projected)")
        for follower in followers { try follower.waitFor("Corrective 2 (title inferred)", "following") }

        followers[1].send("f")
        try followers[1].waitFor("exploring — f rejoins the presenter at corrective 2 of 5")
        presenter.send("Right")
        try followers[0].waitFor("Corrective 3: Social value intrinsic", "corrective 3 of 5")
        // The exploring follower hears the move (its footer says where the presenter is) and stays.
        let exploring = try followers[1].waitFor("f rejoins the presenter at corrective 3 of 5")
        XCTAssertTrue(exploring.contains("Corrective 2 (title inferred)"), "the exploring follower stays where it was\(exploring)")

        followers[1].send("Left")
        try followers[1].waitFor("Corrective 1: Commissioning shapes", "exploring")
        XCTAssertTrue(presenter.capture().contains("corrective 3 of 5"), "a follower can never move the presenter")

        followers[1].send("f")
        try followers[1].waitFor("Corrective 3: Social value intrinsic", "following")

        presenter.send("g", "5", "Enter")
        for follower in followers { try follower.waitFor("Corrective 5: Partnership should", "corrective 5 of 5") }
        presenter.send("Enter")
        try presenter.waitFor("reading Corrective 5")
        for follower in followers { try follower.waitFor("reading Corrective 5") }

        try presenter.confirmQuitAndAssertRestored()
        XCTAssertFalse(FileManager.default.fileExists(atPath: socket), "the socket file is removed when the presenter quits")
        for follower in followers {
            try follower.waitFor("presenter gone")
            try follower.quitAndAssertRestored()
        }
    }

    func testAPresenterGoesOnPastAStoppedAndAKilledFollowerAndTheStoppedOneCatchesUp() throws {
        let (presenter, followers) = try startWorkshop()
        let stopped = try followers[0].toolkitPID()
        let killed = try followers[1].toolkitPID()
        XCTAssertEqual(kill(stopped, SIGSTOP), 0)
        XCTAssertEqual(kill(killed, SIGKILL), 0)
        // Two hundred moves while one follower reads nothing and the other has gone; that a full
        // socket buffer never blocks is ShareServerTests' job, with far more data than keys make.
        presenter.type(String(repeating: "npjk", count: 50))
        presenter.send("g", "4", "Enter")
        try presenter.waitFor("Corrective 4: The public benefit sector", "corrective 4 of 5", timeout: 5)
        XCTAssertEqual(kill(stopped, SIGCONT), 0)
        try followers[0].waitFor("Corrective 4: The public benefit sector", "following")
        presenter.send("q")
        try presenter.waitFor("following: quit? y/n")
        presenter.send("y")
        XCTAssertEqual(try presenter.waitForExit().status, 0)
    }

    func testFollowersWaitForAPresenterWhoStartsAgainAndLandOnItsItemAndCtrlCStillLeaves() throws {
        let (presenter, followers) = try startWorkshop()
        try presenter.confirmQuitAndAssertRestored()
        for follower in followers { try follower.waitFor("presenter gone, waiting") }
        followers[1].send("C-c")
        let left = try followers[1].waitForExit()
        XCTAssertEqual(left.status, 128 + SIGINT, "Ctrl-C leaves while waiting")
        try followers[1].assertTerminalRestored(left)
        let again = try terminal(100, 30)
        try again.startToolkit(["present", "--share", "--socket", socket, "correctives"])
        again.send("g", "3", "Enter")
        try again.waitFor("corrective 3 of 5")
        try followers[0].waitFor("Corrective 3", "corrective 3 of 5", "following", timeout: 5)
        try again.waitFor("1 following")
    }

    func testFollowPlainPrintsEachMoveAsALineAndAnswersAndRaisesAHand() throws {
        let presenter = try terminal(100, 30)
        try presenter.startToolkit(["present", "--share", "--socket", socket, "principles"])
        try presenter.waitFor("Overview: all nine principles")
        let reader = try terminal(80, 24)
        try reader.startToolkit(["follow", "--plain", "--socket", socket])
        try reader.waitFor("Following. Type 1-4")
        XCTAssertEqual(reader.display("#{alternate_on}"), "0", "no alternate screen")
        presenter.send("g", "2", "Enter")
        try reader.waitFor("Principle 2 of 9: Integration")
        presenter.send("a", "Down", "Enter")
        try reader.waitFor("Question for the room: Who commissions each of those services",
                           "Answer with a number and Enter: 1 agree, 2 not sure, 3 disagree.")
        reader.type("2\n")
        try reader.waitFor("Your answer: not sure.")
        try presenter.waitFor("1 of 1 answered")
        reader.type("h\n")
        try presenter.waitFor("1 hand up")
        presenter.send("r")
        try reader.waitFor("Tally, not sure: 1 (100%)")
        reader.type("q\n")
        XCTAssertEqual(try reader.waitForExit().status, 0)
    }

    func testAPresenterWithAWorkbookKeepsWhatTheRoomSaidAndEveryOutputShowsIt() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-room-results-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        let presenter = try terminal(100, 30)
        try presenter.startToolkit(["present", "--share", "--socket", socket, "--workbook", "north", "principles"], environment: ["XDG_DATA_HOME": data])
        try presenter.waitFor("Overview: all nine principles")
        let reader = try terminal(80, 24)
        try reader.startToolkit(["follow", "--plain", "--socket", socket])
        try reader.waitFor("Following. Type 1-4")
        presenter.send("g", "2", "Enter")
        presenter.send("a", "Down", "Enter")
        try reader.waitFor("Answer with a number and Enter: 1 agree, 2 not sure, 3 disagree.")
        reader.type("3\n")
        try presenter.waitFor("1 of 1 answered")
        presenter.send("a")
        try presenter.waitFor("1 following")
        try presenter.confirmQuitAndAssertRestored()

        let environment = Run.cleanEnvironment(["XDG_DATA_HOME": data])
        let binary = try ToolkitBinary.path()
        let said = "1 of 1 attendee answered: agree 0 (0%), not sure 0 (0%), disagree 1 (100%)"
        let text = try Run.process(binary, ["workbook", "show", "north"], environment: environment)
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdoutText.contains("\nWhat the room said\n\n  Who commissions each of those services"), text.stdoutText)
        XCTAssertTrue(text.stdoutText.contains("    " + said + "\n"), text.stdoutText)
        let markdown = try Run.process(binary, ["workbook", "show", "north", "--format", "markdown"], environment: environment).stdoutText
        XCTAssertTrue(markdown.contains("\n## What the room said\n\n- Who commissions each of those services"), markdown)
        XCTAssertTrue(markdown.contains("disagree 1 \\(100\\%\\)"), markdown)
        let html = try Run.process(binary, ["workbook", "show", "north", "--format", "html"], environment: environment).stdoutText
        XCTAssertTrue(html.contains("<h2>What the room said</h2>") && html.contains("<p class=\"tally\">" + said + "</p>"), html)
        let handout = try Run.process(binary, ["show", "--all", "--format", "html", "--workbook", "north"], environment: environment)
        XCTAssertTrue(handout.stdoutText.contains("<h2>What the room said</h2>"), "the handout carries what the room said")
        XCTAssertTrue(handout.stdoutText.contains("<p class=\"tally\">" + said + "</p>"))
    }

    func testTheNotesWindowFollowsThePresenterShowsOnlyNotesAndIsNotCountedAsFollowing() throws {
        let presenter = try terminal(100, 30)
        try presenter.startToolkit(["present", "--socket", socket, "principles"])
        try presenter.waitFor("Overview: all nine principles")
        let notes = try terminal(80, 24)
        try notes.startToolkit(["present", "--notes-only", "--socket", socket])
        try notes.waitFor("Notes · Overview: all nine principles")
        presenter.send("Right")
        try notes.waitFor("Notes · Principle 1: Long-term planning")
        XCTAssertFalse(presenter.capture().contains("Notes ·"), "the projected screen never shows notes")
        try presenter.waitFor("0 following")
        let attendee = try terminal(80, 24)
        try attendee.startToolkit(["follow", "--socket", socket])
        try attendee.waitFor("Principle 1: Long-term planning", "following")
        try presenter.waitFor("1 following")
        XCTAssertTrue(try notes.capture().contains("Notes · Principle 1"), "the notes window still follows")
        presenter.send("a", "Enter")
        try attendee.waitFor("press a number to answer")
        attendee.send("1")
        try presenter.waitFor("1 of 1 answered")
        let tally = try notes.waitFor("Asked: ", "1 (100%)")
        XCTAssertTrue(tally.contains("Notes · Principle 1"), "the tally sits under the notes\(tally)")
        XCTAssertFalse(attendee.capture().contains("(100%)"), "the attendees see no tally until it is revealed")
    }

    func testFollowingWithNobodyPresentingSaysHowToStartAndExits69() throws {
        let result = try Run.process(try ToolkitBinary.path(), ["follow", "--socket", socket], environment: Run.cleanEnvironment(["TERM": "xterm-256color"]))
        XCTAssertEqual(result.status, 69, result.stderr)
        XCTAssertTrue(result.stderr.contains("no presentation is being shared there; the presenter starts one with toolkit present --share"), result.stderr)
    }

    func testPresentingWithoutATerminalExits69AndSuggestsAHandout() throws {
        let result = try Run.process(try ToolkitBinary.path(), ["present"], environment: Run.cleanEnvironment(["TERM": "xterm-256color"]))
        XCTAssertEqual(result.status, 69, result.stderr)
        XCTAssertTrue(result.stderr.contains("present needs a terminal"), result.stderr)
        XCTAssertEqual(result.stdout.count, 0)
    }
}

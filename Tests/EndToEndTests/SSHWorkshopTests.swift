import Foundation
import Glibc
import XCTest

/// Attendees over SSH, as the README's recipe sets them up: a real sshd whose only command for
/// their key is `toolkit follow` (the line `present --print-ssh-setup` prints), twenty attendees
/// in tmux windows following a presenter, one of them cut off, and attempts to get a shell or a
/// forwarding through the forced login.
final class SSHWorkshopTests: WorkshopTestCase {
    private var server: SSHServer?
    private var windows: TmuxWindows?

    override func tearDown() {
        windows?.kill()
        server?.stop()
        super.tearDown()
    }

    private static let attendees = 20

    func testTwentyAttendeesFollowOverSSHOneIsCutOffAndTheForcedLoginGivesNoShell() throws {
        let binary = try ToolkitBinary.path()
        let setup = try Run.process(binary, ["present", "--share", "--socket", socket, "--print-ssh-setup"], environment: Run.cleanEnvironment())
        XCTAssertEqual(setup.status, 0, setup.stderr)
        let prefix = try XCTUnwrap(setup.stdoutText.split(separator: "\n").first { $0.hasPrefix("restrict,pty,command=") }?
            .components(separatedBy: " ssh-ed25519 ").first, "the authorized_keys line\n\(setup.stdoutText)")
        let server = try SSHServer(authorizedKeysPrefixes: [prefix])
        self.server = server

        let presenter = try terminal(100, 30)
        let join = "ssh -t -p \(server.port) root@127.0.0.1"
        try presenter.startToolkit(["present", "--share", "--socket", socket, "--join-command", join, "correctives"])
        try presenter.waitFor("Overview: the five correctives")
        presenter.send("J")
        try presenter.waitFor("Follow this presentation on your own screen", join, "toolkit follow --socket \(socket)")

        let windows = try TmuxWindows(width: 80, height: 24)
        self.windows = windows
        let attendees = try (1...Self.attendees).map { _ in try windows.open(server.command(tty: true)) }
        try windows.waitFor(attendees, showing: ["Overview: the five correctives", "following"], timeout: 60)
        XCTAssertEqual(followProcesses().count, Self.attendees, "one toolkit follow per attendee")
        presenter.send("x")
        try presenter.waitFor("Overview: the five correctives", "overview", "\(Self.attendees) following")

        presenter.send("Right")
        try presenter.waitFor("Corrective 1: Commissioning shapes", "corrective 1 of 5")
        try windows.waitFor(attendees, showing: ["Corrective 1: Commissioning shapes", "corrective 1 of 5", "following"])

        // One attendee's laptop drops off: its ssh client dies without a word.
        let cut = attendees[6]
        let client = try XCTUnwrap(windows.pid(of: cut))
        XCTAssertEqual(kill(client, SIGKILL), 0)
        try waitUntil("the cut attendee's toolkit follow ends", timeout: 15) { self.followProcesses().count == Self.attendees - 1 }

        let others = attendees.filter { $0 != cut }
        presenter.send("Right")
        try presenter.waitFor("Corrective 2 (title inferred)", "corrective 2 of 5")
        try windows.waitFor(others, showing: ["Corrective 2 (title inferred)", "corrective 2 of 5", "following"])
        try presenter.waitFor("\(Self.attendees - 1) following")

        // Asking for another command gets the follow program, never a shell.
        let withoutTerminal = try Spawn.run("/usr/bin/timeout", ["20"] + server.command(tty: false, remote: ["sh", "-c", "'echo pwned'"]), environment: Run.cleanEnvironment())
        XCTAssertFalse(withoutTerminal.stdoutText.contains("pwned") || withoutTerminal.stderr.contains("pwned"), "\(withoutTerminal.stdoutText)\(withoutTerminal.stderr)")
        XCTAssertTrue(withoutTerminal.stderr.contains("toolkit"), "toolkit follow answered, not a shell: \(withoutTerminal.stderr)")
        XCTAssertNotEqual(withoutTerminal.status, 0)
        let withTerminal = try windows.open(server.command(tty: true, remote: ["sh", "-c", "'echo pwned; exec sh'"]))
        try windows.waitFor([withTerminal], showing: ["Corrective 2 (title inferred)", "following"])
        XCTAssertFalse(windows.capture(withTerminal).contains("pwned"), windows.capture(withTerminal))
        // And no forwarding: the server refuses a remote forward, so ssh gives up at once.
        let forwarding = try Spawn.run("/usr/bin/timeout", ["20"] + server.command(tty: false, options: ["-N", "-o", "ExitOnForwardFailure=yes", "-R", "127.0.0.1:0:127.0.0.1:\(server.port)"]),
                                       environment: Run.cleanEnvironment())
        XCTAssertEqual(forwarding.status, 255, "ssh -R is refused: \(forwarding.stderr)")

        try presenter.confirmQuitAndAssertRestored()
        try windows.waitFor(others, showing: ["presenter gone"])
    }

    func testAPresenterOnALaptopPublishesThroughSSHMinusRToAttendeesOnTheServer() throws {
        // The server's side: a folder for the socket the attendees follow, forwarded from the laptop.
        let published = URL(fileURLWithPath: "/tmp/tk-r-\(UUID().uuidString.prefix(8).lowercased())")
        try FileManager.default.createDirectory(at: published, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: published) }
        let remoteSocket = published.appendingPathComponent("present.sock").path
        let binary = try ToolkitBinary.path()
        let setup = try Run.process(binary, ["present", "--socket", remoteSocket, "--print-ssh-setup"], environment: Run.cleanEnvironment())
        let attendee = try XCTUnwrap(setup.stdoutText.split(separator: "\n").first { $0.hasPrefix("restrict,pty,command=") }?
            .components(separatedBy: " ssh-ed25519 ").first)
        // The presenter's key may only forward (root logs in with a forced command alone).
        let server = try SSHServer(authorizedKeysPrefixes: [attendee, "command=\"echo forwarding only\",no-pty"])
        self.server = server

        let presenter = try terminal(100, 30)
        try presenter.startToolkit(["present", "--share", "--socket", socket, "principles"])
        try presenter.waitFor("Overview: all nine principles")
        let windows = try TmuxWindows(width: 80, height: 24)
        self.windows = windows
        try windows.open(server.command(key: 1, tty: false, options: ["-N", "-o", "ExitOnForwardFailure=yes", "-R", "\(remoteSocket):\(socket)"]))
        try waitUntil("sshd listens on the forwarded socket", timeout: 15) { FileManager.default.fileExists(atPath: remoteSocket) }

        let attendees = try (1...3).map { _ in try windows.open(server.command(tty: true)) }
        try windows.waitFor(attendees, showing: ["Overview: all nine principles", "following"])
        presenter.send("g", "7", "Enter")
        try presenter.waitFor("Principle 7: Trust")
        try windows.waitFor(attendees, showing: ["Principle 7: Trust", "principle 7 of 9", "following"])
        try presenter.confirmQuitAndAssertRestored()
        try windows.waitFor(attendees, showing: ["presenter gone"])
    }

    func testTwentyAttendeesOverSSHAnswerExactlyThroughAFloodAndALeaverAndAllRejoinARestartedPresenter() throws {
        let binary = try ToolkitBinary.path()
        let setup = try Run.process(binary, ["present", "--share", "--socket", socket, "--print-ssh-setup"], environment: Run.cleanEnvironment())
        let prefix = try XCTUnwrap(setup.stdoutText.split(separator: "\n").first { $0.hasPrefix("restrict,pty,command=") }?
            .components(separatedBy: " ssh-ed25519 ").first, "the authorized_keys line\n\(setup.stdoutText)")
        let server = try SSHServer(authorizedKeysPrefixes: [prefix])
        self.server = server

        let presenter = try terminal(100, 30)
        try presenter.startToolkit(["present", "--share", "--socket", socket, "principles"])
        try presenter.waitFor("Overview: all nine principles")
        presenter.send("g", "2", "Enter")
        try presenter.waitFor("Principle 2: Integration")
        let windows = try TmuxWindows(width: 80, height: 24)
        self.windows = windows
        var attendees = try (1...Self.attendees).map { _ in try windows.open(server.command(tty: true)) }
        try windows.waitFor(attendees, showing: ["Principle 2: Integration", "following"], timeout: 60)
        try presenter.waitFor("\(Self.attendees) following", timeout: 15)

        presenter.send("a", "Down", "Enter")
        try windows.waitFor(attendees, showing: ["Question for the room:", "1 agree", "press a number to answer"])

        // A client that is not toolkit follow writes what it likes to the socket: escapes, lines
        // that are no message, answers out of range, an over-long line.
        let flooder = try rawClient()
        var garbage = ""
        for line in 0..<500 { garbage += "\u{1B}[2J\u{1B}]0;pwned\u{7} answer 9 \(line)\nanswer 1 77\nhand sideways\n" }
        garbage += String(repeating: "9", count: 10_000) + "\n"
        try write(garbage, to: flooder)

        // Attendee i says 1 + i % 3; one of them is cut off just as they answer, and comes back.
        let leaver = 6
        for (index, attendee) in attendees.enumerated() { windows.send(attendee, "\(1 + index % 3)") }
        let cut = try XCTUnwrap(windows.pid(of: attendees[leaver]))
        XCTAssertEqual(kill(cut, SIGKILL), 0)
        try waitUntil("the cut attendee's toolkit follow ends", timeout: 15) { self.followProcesses().count == Self.attendees - 1 }
        attendees[leaver] = try windows.open(server.command(tty: true))
        try windows.waitFor([attendees[leaver]], showing: ["Principle 2: Integration", "Question for the room:", "press a number to answer"], timeout: 30)
        windows.send(attendees[leaver], "\(1 + leaver % 3)")
        for (choice, words) in ["agree", "not sure", "disagree"].enumerated() {
            try windows.waitFor(attendees.indices.filter { $0 % 3 == choice }.map { attendees[$0] }, showing: ["you said: \(words)"])
        }

        // The flooder leaves in the middle of a line; what it sent changed nothing and showed nowhere.
        try write("answer 2 ", to: flooder)
        close(flooder)
        let counted = try presenter.waitFor("\(Self.attendees) of \(Self.attendees) answered", timeout: 15)
        XCTAssertFalse(counted.contains("pwned"), counted.text)
        presenter.send("r")
        let revealed = try presenter.waitFor("agree", "7 (35%)", "6 (30%)")
        for (choice, count) in [("agree", "7 (35%)"), ("not sure", "7 (35%)"), ("disagree", "6 (30%)")] {
            XCTAssertTrue(revealed.lines.contains { $0.hasPrefix("   " + choice + " ") && $0.hasSuffix(count) }, "\(choice): \(count)\n\(revealed.text)")
        }
        try windows.waitFor(attendees, showing: ["7 (35%)", "6 (30%)"])

        // The presenter slips: quits (and says yes), then starts again on the same socket.
        try presenter.confirmQuitAndAssertRestored()
        try windows.waitFor(attendees, showing: ["presenter gone, waiting"])
        let again = try terminal(100, 30)
        try again.startToolkit(["present", "--share", "--socket", socket, "principles"])
        again.send("g", "3", "Enter")
        try again.waitFor("Principle 3", "principle 3 of 9")
        try windows.waitFor(attendees, showing: ["Principle 3", "principle 3 of 9", "following"], timeout: 20)
        try again.waitFor("\(Self.attendees) following", timeout: 10)
    }

    /// A client of the presenter's socket that is not `toolkit follow`.
    private func rawClient() throws -> Int32 {
        let descriptor = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(socket.utf8)) }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else { throw HarnessError("cannot connect to \(socket): \(String(cString: strerror(errno)))") }
        return descriptor
    }

    /// Writes all of `text` to `descriptor`, waiting while the presenter reads.
    private func write(_ text: String, to descriptor: Int32) throws {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let sent = bytes[written...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw HarnessError("the presenter stopped reading: \(String(cString: strerror(errno)))") }
            written += sent
        }
    }

    /// The pids of the `toolkit follow` processes following this test's socket.
    private func followProcesses() -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { pid_t($0) }.filter { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            let arguments = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            return arguments.count > 2 && arguments[1] == "follow" && arguments.contains(socket)
        }
    }

    private func waitUntil(_ what: String, timeout: TimeInterval, file: StaticString = #filePath, line: UInt = #line, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            if Date() > deadline {
                XCTFail("timed out after \(timeout) s: \(what)", file: file, line: line)
                throw HarnessError("gave up: \(what)")
            }
            usleep(50_000)
        }
    }
}

import Glibc
import Sharing
import XCTest

/// A full room on a real socket: a hundred followers change their answers at random (from a fixed
/// seed, so a failure can be replayed), one floods the presenter with garbage and one leaves in the
/// middle of a line, and the tally is still exactly the count of each attendee's last answer.
final class HundredFollowersTests: SocketTestCase {
    /// The presenter's clock in milliseconds, moved on by the test so the rate limit is not
    /// what is being tested here.
    private var now = 0

    /// Services the server, at the test's clock, until `done` holds, or five seconds pass.
    private func serve(_ server: ShareServer, until done: () -> Bool) {
        serve(server, now: now, rounds: 500, until: done)
    }

    /// Connects `count` followers a few at a time: the listener's backlog is smaller than the
    /// room, and nobody accepts while a connection waits.
    private func connect(_ count: Int, to server: ShareServer) throws -> [ShareConnection] {
        var room: [ShareConnection] = []
        while room.count < count {
            for _ in 0..<min(20, count - room.count) {
                room.append(try ShareConnection(path: path, maximumLineLength: 1024))
            }
            let expected = room.count
            serve(server) { server.followerCount == expected }
        }
        return room
    }

    /// Writes all of `bytes` to `connection`, letting the presenter read whenever the socket is full.
    private func write(_ bytes: [UInt8], to connection: ShareConnection, servedBy server: ShareServer) {
        var written = 0
        while written < bytes.count {
            let sent = bytes[written...].withUnsafeBytes {
                send(connection.descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT))
            }
            if sent > 0 {
                written += sent
            } else {
                var descriptors = server.pollDescriptors
                _ = poll(&descriptors, nfds_t(descriptors.count), 10)
                server.service(descriptors, now: now)
            }
        }
    }

    private func tally(_ lastAnswers: [Int?], choices: Int) -> [Int] {
        var counts = Array(repeating: 0, count: choices)
        for case let choice? in lastAnswers { counts[choice - 1] += 1 }
        return counts
    }

    func testAHundredFollowersChangingTheirAnswersAtRandomAreTalliedExactlyThroughAFloodAndALeaver() throws {
        let server = try ShareServer(path: path, group: nil, greeting: "toolkit-present 1")
        defer { server.close() }
        let room = try connect(100, to: server)
        XCTAssertEqual(server.followerCount, 100)
        let choices = 4
        server.ask(number: 12, choices: choices)
        var random = SplitMix64(seed: 24)
        var lastAnswers = [Int?](repeating: nil, count: room.count)
        let flooder = 0
        let leaver = 1
        var expectedDropped = 0

        for round in 1...12 {
            now += 1_000
            for (index, follower) in room.enumerated() where follower.isOpen && random.next(below: 3) != 0 {
                let choice = 1 + random.next(below: choices)
                XCTAssertTrue(follower.send(.answer(question: 12, choice: choice)))
                lastAnswers[index] = choice
            }
            if round == 6 {
                let garbageLines = 2_000
                var flood: [UInt8] = []
                for line in 0..<garbageLines { flood += Array("\u{1B}[2J answer 12 \(line % 9) \u{7}\n".utf8) }
                flood += Array(repeating: UInt8(ascii: "7"), count: 20_000) + [UInt8(ascii: "\n")]
                write(flood, to: room[flooder], servedBy: server)
                expectedDropped += garbageLines + 1
            }
            if round == 9 {
                write(Array("answer 12 ".utf8), to: room[leaver], servedBy: server)
                room[leaver].close()
                lastAnswers[leaver] = nil
                expectedDropped += 1
            }
            let expected = tally(lastAnswers, choices: choices)
            serve(server) { server.answers == expected && server.droppedMessages == expectedDropped }
            XCTAssertEqual(server.answers, expected, "round \(round)")
        }

        // One line that is no message from each attendee still here: once all are counted as
        // dropped, every answer before them has been heard, so the tally cannot be a coincidence.
        now += 1_000
        for follower in room where follower.isOpen {
            write(Array("sentinel\n".utf8), to: follower, servedBy: server)
            expectedDropped += 1
        }
        serve(server) { server.droppedMessages == expectedDropped }
        XCTAssertEqual(server.droppedMessages, expectedDropped, "the flood, the half line and the sentinels, each counted once")
        XCTAssertEqual(server.answers, tally(lastAnswers, choices: choices))
        XCTAssertEqual(server.answers.reduce(0, +), lastAnswers.compactMap { $0 }.count)
        XCTAssertEqual(server.followerCount, 99, "the flooder is still connected; only the leaver has gone")
    }
}

/// A small generator with a fixed seed, so the room's random answers are the same on every run.
private struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        mixed ^= mixed >> 31
        return Int(mixed % UInt64(bound))
    }
}

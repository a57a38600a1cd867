import Glibc
import Sharing
import XCTest

/// What followers say reaches the presenter only as counts: each attendee's own answer and hand,
/// changed as often as they like, gone when they go; the notes window is not an attendee; and
/// nothing but the enumerated messages counts.
final class RoomCountTests: SocketTestCase {
    private func connect(_ count: Int, to server: ShareServer) throws -> [ShareConnection] {
        let connections = try (0..<count).map { _ in try ShareConnection(path: path, maximumLineLength: 1024) }
        serve(server) { server.followerCount == count }
        return connections
    }

    func testAnswersAreCountedPerAttendeeAndMayChangeUntilTheQuestionCloses() throws {
        let server = try ShareServer(path: path, group: nil, greeting: "toolkit-present 1")
        let room = try connect(3, to: server)
        server.ask(number: 7, choices: 3)
        XCTAssertEqual(server.answers, [0, 0, 0])
        room[0].send(.answer(question: 7, choice: 1))
        room[1].send(.answer(question: 7, choice: 1))
        room[2].send(.answer(question: 7, choice: 3))
        serve(server) { server.answers == [2, 0, 1] }
        XCTAssertEqual(server.answers, [2, 0, 1])
        room[1].send(.answer(question: 7, choice: 2))
        serve(server) { server.answers == [1, 1, 1] }
        XCTAssertEqual(server.answers, [1, 1, 1], "a changed answer moves, it is not counted twice")
        room[0].send(.answer(question: 6, choice: 2))
        room[0].send(.answer(question: 7, choice: 4))
        serve(server) { server.droppedMessages > 0 }
        XCTAssertEqual(server.answers, [1, 1, 1], "answers to another question or out of range change nothing")
        server.closeQuestion()
        XCTAssertEqual(server.answers, [])
        room[2].send(.answer(question: 7, choice: 1))
        room[2].send(.hand(raised: true))
        serve(server) { server.handsRaised == 1 }
        XCTAssertEqual(server.answers, [], "a closed question takes no answers")
        server.close()
    }

    func testAnAttendeeWhoLeavesTakesTheirAnswerAndHandWithThem() throws {
        let server = try ShareServer(path: path, group: nil, greeting: "toolkit-present 1")
        let room = try connect(2, to: server)
        server.ask(number: 1, choices: 4)
        for attendee in room {
            attendee.send(.answer(question: 1, choice: 2))
            attendee.send(.hand(raised: true))
        }
        serve(server) { server.answers == [0, 2, 0, 0] && server.handsRaised == 2 }
        room[0].close()
        serve(server) { server.followerCount == 1 }
        XCTAssertEqual(server.answers, [0, 1, 0, 0])
        XCTAssertEqual(server.handsRaised, 1)
        server.clearHands()
        XCTAssertEqual(server.handsRaised, 0)
        server.close()
    }

    func testTheNotesWindowIsNotAnAttendee() throws {
        let server = try ShareServer(path: path, group: nil, greeting: "toolkit-present 1")
        let room = try connect(3, to: server)
        room[2].send(.notes)
        serve(server) { server.followerCount == 2 }
        XCTAssertEqual(server.followerCount, 2)
        server.ask(number: 1, choices: 3)
        room[2].send(.answer(question: 1, choice: 1))
        room[2].send(.hand(raised: true))
        // A line that is no message, after them on the same connection: once it is counted,
        // the two before it have been heard.
        _ = Array("sentinel\n".utf8).withUnsafeBytes { send(room[2].descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        serve(server) { server.droppedMessages == 1 }
        XCTAssertEqual(server.answers, [0, 0, 0])
        XCTAssertEqual(server.handsRaised, 0)
        server.close()
    }

    func testTheTallyForNotesReachesTheNotesWindowAndNoAttendee() throws {
        let server = try ShareServer(path: path, group: nil, greeting: "toolkit-present 1")
        let room = try connect(2, to: server)
        room[1].send(.notes)
        serve(server) { server.followerCount == 1 }
        server.ask(number: 3, choices: 3)
        server.publishRoom(["ask 3 question principles/integration 2"])
        server.publishToNotes(["tally 3 2 0 1"])
        var heard: [[String]] = [[], []]
        for _ in 0..<100 where !heard[1].contains("tally 3 2 0 1") {
            serve(server) { true }
            var entries = room.map { pollfd(fd: $0.descriptor, events: Int16(POLLIN), revents: 0) }
            _ = poll(&entries, 2, 10)
            for index in 0..<2 { heard[index] += room[index].receive() ?? [] }
        }
        XCTAssertEqual(heard[1].suffix(2), ["ask 3 question principles/integration 2", "tally 3 2 0 1"])
        XCTAssertEqual(heard[0].last, "ask 3 question principles/integration 2", "the attendee hears the question")
        XCTAssertFalse(heard[0].contains { $0.hasPrefix("tally") }, "and no tally until it is revealed")
        server.close()
    }

    func testAFloodOfGarbageIsDroppedAndCountedAndChangesNothing() throws {
        let server = try ShareServer(path: path, group: nil, greeting: "toolkit-present 1")
        let room = try connect(2, to: server)
        server.ask(number: 1, choices: 3)
        let flooder = try XCTUnwrap(room.first)
        let garbage = Array(String(repeating: "\u{1B}[2J answer 1 1 ", count: 1_000).utf8) + Array("\nhand up\n".utf8)
        _ = garbage.withUnsafeBytes { send(flooder.descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT)) }
        room[1].send(.answer(question: 1, choice: 3))
        serve(server) { server.answers == [0, 0, 1] && server.droppedMessages >= 1 }
        XCTAssertEqual(server.answers, [0, 0, 1])
        XCTAssertGreaterThanOrEqual(server.droppedMessages, 1)
        XCTAssertEqual(server.followerCount, 2, "the flooder is still connected, and harmless")
        server.close()
    }
}

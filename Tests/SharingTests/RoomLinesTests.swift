import Glibc
import Sharing
import XCTest

/// The lines about the room (the open question, its tally) reach every follower, also one that
/// was slow to read while positions kept coming, and one that joins after the question was asked.
final class RoomLinesTests: SocketTestCase {
    func testALateJoinerGetsTheGreetingThePositionThenTheOpenQuestionAndItsTally() throws {
        let server = try ShareServer(path: path, group: nil, greeting: "toolkit-present 1")
        defer { server.close() }
        server.publish("slide session 1 0")
        server.publishRoom(["ask 3 item session/partnership 2"])
        server.publish("slide session 2 0")
        server.publishRoom(["ask 3 item session/partnership 2", "tally 3 1 0 0 0"])
        let late = try ShareConnection(path: path, maximumLineLength: 1024)
        serve(server) { server.followerCount == 1 }
        XCTAssertEqual(receive(late) { $0.count >= 4 },
                       ["toolkit-present 1", "slide session 2 0", "ask 3 item session/partnership 2", "tally 3 1 0 0 0"])
    }

    func testAClosedQuestionIsWhatALaterJoinerHears() throws {
        let server = try ShareServer(path: path, group: nil, greeting: "toolkit-present 1")
        defer { server.close() }
        server.publish("slide session 1 0")
        server.publishRoom(["ask 3 item session/partnership 2"])
        server.publishRoom(["closed 3"])
        let late = try ShareConnection(path: path, maximumLineLength: 1024)
        serve(server) { server.followerCount == 1 }
        XCTAssertEqual(receive(late) { $0.count >= 3 }, ["toolkit-present 1", "slide session 1 0", "closed 3"])
    }

    func testAFollowerThatReadsLateGetsTheNewestPositionAndTheNewestQuestionBoth() throws {
        let server = try ShareServer(path: path, group: nil, greeting: "toolkit-present 1")
        defer { server.close() }
        let follower = try ShareConnection(path: path, maximumLineLength: 1024)
        serve(server) { server.followerCount == 1 }
        // Far more than the socket buffers, so most lines wait and are replaced by newer ones.
        for step in 0..<5_000 {
            server.publish("slide session \(step % 2 + 1) \(step % 1000)")
            if step == 2_500 { server.publishRoom(["ask 4 question session/partnership 1"]) }
        }
        server.publish("slide session 2 999")
        var lines: [String] = []
        for _ in 0..<2000 where !(lines.contains("slide session 2 999") && lines.contains("ask 4 question session/partnership 1")) {
            var descriptors = server.pollDescriptors
            _ = poll(&descriptors, nfds_t(descriptors.count), 0)
            server.service(descriptors, now: 0)
            var entry = pollfd(fd: follower.descriptor, events: Int16(POLLIN), revents: 0)
            if poll(&entry, 1, 5) > 0 { lines += follower.receive() ?? [] }
        }
        XCTAssertTrue(lines.contains("ask 4 question session/partnership 1"), "the question is not lost behind positions")
        XCTAssertEqual(lines.last { $0.hasPrefix("slide") }, "slide session 2 999")
    }
}

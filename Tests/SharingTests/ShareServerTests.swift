import Glibc
import Sharing
import XCTest

final class ShareServerTests: SocketTestCase {
    private func waitAndService(_ server: ShareServer, milliseconds: Int32 = 50) {
        var descriptors = server.pollDescriptors
        _ = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
        server.service(descriptors, now: 0)
    }

    func testTheSocketAndItsFolderAreOpenOnlyToTheOwner() throws {
        let server = try ShareServer(path: path, group: nil, greeting: "toolkit-present 1")
        var status = stat()
        XCTAssertEqual(lstat(path, &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFSOCK)
        XCTAssertEqual(status.st_mode & 0o777, 0o600, "socket mode")
        XCTAssertEqual(lstat(folder, &status), 0)
        XCTAssertEqual(status.st_mode & 0o777, 0o700, "folder mode")
        server.close()
        XCTAssertNotEqual(lstat(path, &status), 0, "closing removes the socket file")
    }

    func testASharedGroupGetsReadAndWriteOnTheSocketAndPassageThroughTheFolder() throws {
        let group = String(cString: getgrgid(getgid())!.pointee.gr_name)
        let server = try ShareServer(path: path, group: group, greeting: "toolkit-present 1")
        defer { server.close() }
        var status = stat()
        XCTAssertEqual(lstat(path, &status), 0)
        XCTAssertEqual(status.st_mode & 0o777, 0o660)
        XCTAssertEqual(status.st_gid, getgid())
        XCTAssertEqual(lstat(folder, &status), 0)
        XCTAssertEqual(status.st_mode & 0o777, 0o710)
    }

    func testAFolderOfOursThatAnyoneMayWriteToIsRefused() {
        mkdir(folder, 0o777)
        chmod(folder, 0o777)
        XCTAssertThrowsError(try ShareServer(path: path, group: nil, greeting: "g")) { error in
            XCTAssertTrue("\(error)".contains("can be written by anyone"), "\(error)")
        }
    }

    func testAnUnknownGroupIsRefusedByName() {
        XCTAssertThrowsError(try ShareServer(path: path, group: "no-such-group-here", greeting: "g")) { error in
            XCTAssertEqual("\(error)", "there is no group called 'no-such-group-here'")
        }
    }

    func testALiveSocketIsNotTakenOverButAStaleOneIs() throws {
        let first = try ShareServer(path: path, group: nil, greeting: "g")
        XCTAssertThrowsError(try ShareServer(path: path, group: nil, greeting: "g")) { error in
            XCTAssertTrue("\(error)".contains("already being shared on \(path)"), "\(error)")
        }
        first.close()
        let stale = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(stale, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        close(stale)
        XCTAssertNoThrow(try ShareServer(path: path, group: nil, greeting: "g").close())
    }

    func testAFollowerGetsTheGreetingAndTheNewestPositionOnArrivalThenEachChange() throws {
        let server = try ShareServer(path: path, group: nil, greeting: "toolkit-present 1")
        defer { server.close() }
        server.publish("slide correctives 1 0")
        server.publish("slide correctives 2 0")
        let follower = try ShareConnection(path: path, maximumLineLength: 1024)
        waitAndService(server)
        XCTAssertEqual(receive(follower) { $0.count >= 2 }, ["toolkit-present 1", "slide correctives 2 0"])
        server.publish("slide correctives 3 0")
        XCTAssertEqual(receive(follower) { $0.count >= 1 }, ["slide correctives 3 0"])
    }

    func testAFollowerThatStopsReadingNeverHoldsThePresenterUpAndGetsTheNewestLineLater() throws {
        let server = try ShareServer(path: path, group: nil, greeting: "toolkit-present 1")
        defer { server.close() }
        let stalled = try ShareConnection(path: path, maximumLineLength: 1024)
        let reading = try ShareConnection(path: path, maximumLineLength: 1024)
        waitAndService(server)
        let padding = String(repeating: "x", count: 900)
        // Far more than a socket buffer holds: with a blocking write this would never return.
        for step in 1...20_000 {
            server.publish("page \(padding) \(step)")
            if step % 500 == 0 { _ = reading.receive() }
        }
        server.publish("slide correctives 5 0")
        XCTAssertEqual(server.followerCount, 2, "a slow follower is kept, not dropped")
        var lines: [String] = []
        for _ in 0..<400 where lines.last != "slide correctives 5 0" {
            waitAndService(server, milliseconds: 5)
            lines += stalled.receive() ?? []
        }
        XCTAssertEqual(lines.first, "toolkit-present 1")
        XCTAssertEqual(lines.last, "slide correctives 5 0", "the stalled follower catches up with the newest position")
        XCTAssertLessThan(lines.count, 200, "it was sent what it missed in one line, not a backlog")
    }

    func testAFollowerThatLeavesIsDropped() throws {
        let server = try ShareServer(path: path, group: nil, greeting: "g")
        defer { server.close() }
        let follower = try ShareConnection(path: path, maximumLineLength: 1024)
        waitAndService(server)
        XCTAssertEqual(server.followerCount, 1)
        follower.close()
        for _ in 0..<20 where server.followerCount > 0 { waitAndService(server) }
        XCTAssertEqual(server.followerCount, 0)
        server.publish("end")
    }

    func testFollowingWhereNobodyPresentsSaysHowToStart() {
        XCTAssertThrowsError(try ShareConnection(path: path, maximumLineLength: 1024)) { error in
            XCTAssertEqual("\(error)", "cannot follow \(folder)/present.sock: no presentation is being shared there; the presenter starts one with toolkit present --share")
        }
    }
}

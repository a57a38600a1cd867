import Glibc
import Sharing
import XCTest

/// A test with a share socket in a folder of its own, removed afterwards, and the two waits such
/// tests need: serving the presenter's end until something holds, and reading a follower's lines.
class SocketTestCase: XCTestCase {
    /// The socket's folder, made for this test.
    private(set) var folder = ""
    /// The socket's path.
    var path: String { folder + "/present.sock" }

    override func setUpWithError() throws {
        folder = "/tmp/toolkit-\(type(of: self))-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    override func tearDown() {
        unlink(path)
        rmdir(folder)
        super.tearDown()
    }

    /// Services `server`, its clock at `now`, until `done` holds or `rounds` waits of 10 ms pass.
    func serve(_ server: ShareServer, now: Int = 0, rounds: Int = 200, until done: () -> Bool) {
        for _ in 0..<rounds where !done() {
            var descriptors = server.pollDescriptors
            _ = poll(&descriptors, nfds_t(descriptors.count), 10)
            server.service(descriptors, now: now)
        }
    }

    /// The lines `connection` reads until `predicate` holds of them, or it closes, or 4 s pass.
    func receive(_ connection: ShareConnection, until predicate: ([String]) -> Bool) -> [String] {
        var lines: [String] = []
        for _ in 0..<200 where !predicate(lines) {
            var entry = pollfd(fd: connection.descriptor, events: Int16(POLLIN), revents: 0)
            _ = poll(&entry, 1, 20)
            guard let received = connection.receive() else { break }
            lines += received
        }
        return lines
    }
}

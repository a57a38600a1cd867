import Foundation
import XCTest

/// A test with several tmux terminals sharing one presentation socket, all removed afterwards.
class WorkshopTestCase: XCTestCase {
    /// The terminals started so far.
    private var sessions: [TmuxSession] = []
    /// A fresh socket path, short enough for a socket address, in a folder of its own.
    private(set) var socket = ""

    override func setUpWithError() throws {
        continueAfterFailure = false
        socket = "/tmp/tk-\(UUID().uuidString.prefix(8).lowercased())/present.sock"
    }

    override func tearDown() {
        sessions.forEach { $0.kill() }
        sessions = []
        try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: socket).deletingLastPathComponent().path)
        super.tearDown()
    }

    /// A new terminal of `width` x `height`, killed at the end of the test.
    func terminal(_ width: Int, _ height: Int) throws -> TmuxSession {
        let session = try TmuxSession(width: width, height: height)
        sessions.append(session)
        return session
    }
}

import Glibc

/// A follower's end of a shared presentation: a connection to the presenter's socket, read in
/// lines, on which the follower may say only the few `AttendeeMessage`s.
public final class ShareConnection {
    /// The connection's file descriptor, for `poll`.
    public let descriptor: Int32
    /// Lines longer than this are dropped.
    public let maximumLineLength: Int
    private var framer: LineFramer
    private var isClosed = false

    /// Connects to the presenter at `path`.
    public init(path: String, maximumLineLength: Int) throws(ShareError) {
        guard let address = UnixSocketAddress(path: path) else {
            throw ShareError("the socket path \(path) is too long (a socket path has at most 107 bytes)")
        }
        guard let descriptor = SocketDescriptor.makeStream() else {
            throw ShareError("cannot make a socket: \(SocketDescriptor.lastError)")
        }
        guard address.withSockaddr({ connect(descriptor, $0, $1) }) == 0 else {
            let reason: String
            switch errno {
            case ENOENT, ECONNREFUSED: reason = "no presentation is being shared there; the presenter starts one with toolkit present --share"
            case EACCES, EPERM: reason = "permission denied; the presenter can open it to your group with --share-group"
            default: reason = SocketDescriptor.lastError
            }
            Glibc.close(descriptor)
            throw ShareError("cannot follow \(path): \(reason)")
        }
        SocketDescriptor.setNonBlocking(descriptor)
        self.descriptor = descriptor
        self.maximumLineLength = maximumLineLength
        self.framer = LineFramer(maximumLength: maximumLineLength)
    }

    deinit {
        close()
    }

    /// The lines that have arrived, without waiting; nil once the presenter has closed the
    /// connection.
    public func receive() -> [String]? {
        guard !isClosed else { return nil }
        var lines: [String] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
            if count > 0 {
                lines += framer.lines(from: buffer[..<count])
                continue
            }
            if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) { return lines }
            close()
            return lines.isEmpty ? nil : lines
        }
    }

    /// Sends `message` without waiting; returns whether it went (a presenter too busy to take a
    /// few bytes, or gone, does not get it).
    @discardableResult
    public func send(_ message: AttendeeMessage) -> Bool {
        guard !isClosed else { return false }
        let bytes = Array((message.line + "\n").utf8)
        let sent = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT)) }
        return sent == bytes.count
    }

    /// Whether the connection is still open (the presenter has not closed it, nor have we).
    public var isOpen: Bool { !isClosed }

    /// Closes the connection.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        Glibc.close(descriptor)
    }
}

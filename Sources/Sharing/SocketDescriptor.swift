import Glibc

/// Small wrappers over the socket calls both ends use.
enum SocketDescriptor {
    /// A new Unix stream socket that is not inherited by child processes, or nil.
    static func makeStream() -> Int32? {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        return descriptor < 0 ? nil : descriptor
    }

    /// Makes reads and writes on `descriptor` return at once instead of waiting.
    static func setNonBlocking(_ descriptor: Int32) {
        let flags = fcntl(descriptor, F_GETFL)
        _ = fcntl(descriptor, F_SETFL, flags | O_NONBLOCK)
    }

    /// The system's message for the last error.
    static var lastError: String {
        String(cString: strerror(errno))
    }
}

import Glibc

/// A program running on a pseudo-terminal the benchmark opened, 80x24 by default: what a person
/// at a terminal would see, as bytes with arrival times.
final class PtySession {
    let pid: pid_t
    let master: Int32
    /// When `posix_spawn` was called.
    let spawnTime: Double
    /// Everything the program has written so far.
    private(set) var output: [UInt8] = []
    /// When the last byte arrived.
    private(set) var lastByteTime: Double
    private var finished = false

    /// Opens a pty of `columns`x`rows`, and runs `arguments` in a new session with the pty as its
    /// controlling terminal and standard input, output and error, in `environment`.
    init(_ arguments: [String], columns: Int = 80, rows: Int = 24, environment: [String] = benchEnvironment()) {
        // posix_openpt, grantpt, unlockpt and ptsname are not visible through Swift's Glibc
        // module, so this does what they do on Linux: open /dev/ptmx, unlock, ask the number.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, PtySession.TIOCSPTLCK, &unlock) == 0, ioctl(master, PtySession.TIOCGPTN, &number) == 0 else {
            fatal("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        let slavePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A new session, so opening the pty's slave (below, after setsid) makes it the
        // controlling terminal, as it is for a program started from a shell: less reads keys
        // from /dev/tty, and curses gets SIGWINCH from it.
        posix_spawnattr_setflags(&attributes, PtySession.POSIX_SPAWN_SETSID)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        let argv = CStrings(arguments)
        let envp = CStrings(environment)
        defer { argv.release(); envp.release() }
        var child: pid_t = 0
        spawnTime = now()
        lastByteTime = spawnTime
        let error = posix_spawn(&child, arguments[0], &actions, &attributes, argv.pointers, envp.pointers)
        guard error == 0 else { fatal("cannot run \(arguments[0]) on a pty: \(String(cString: strerror(error)))") }
        pid = child
    }

    /// `_IOW('T', 0x31, int)`, `_IOR('T', 0x30, unsigned int)` and glibc's flag value: C macros
    /// Swift does not import.
    static let TIOCSPTLCK: UInt = 0x4004_5431
    static let TIOCGPTN: UInt = 0x8004_5430
    static let POSIX_SPAWN_SETSID: Int16 = 0x80

    deinit {
        if !finished {
            kill(pid, SIGKILL)
            _ = waitChild(pid)
        }
        close(master)
    }

    /// Reads whatever arrives within `timeout` seconds; false when nothing did (or the program ended).
    @discardableResult
    private func readSome(timeout: Double) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(max(0, timeout * 1000)))
        guard ready > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        lastByteTime = now()
        output += buffer[0..<count]
        return true
    }

    /// Reads until `marker` has arrived (if given; with `awaitingOutput`, any byte) and then
    /// nothing more for `quiet` seconds, or until `timeout`. Returns the bytes that arrived in
    /// this call and whether the marker was seen. The time of the last byte is `lastByteTime`.
    /// Without a marker or `awaitingOutput`, a program slower than `quiet` to start answering
    /// counts as having written nothing. `strict` waits for the marker until `timeout` even
    /// when other screens come first (a search's answer after the screens of each typed key).
    func readUntilQuiet(marker: [UInt8]? = nil, quiet: Double = 0.05, timeout: Double = 10,
                        awaitingOutput: Bool = false, strict: Bool = false) -> (bytes: Int, sawMarker: Bool) {
        let start = output.count
        let deadline = now() + timeout
        var seen = marker == nil && !awaitingOutput
        while now() < deadline {
            let before = output.count
            let got = readSome(timeout: seen ? quiet : min(0.25, max(0, deadline - now())))
            if got, !seen {
                let from = max(start, before - (marker?.count ?? 1) + 1)
                seen = marker.map { contains(output[from...], $0) } ?? true
            }
            if !got {
                if seen { break }
                // A frame without the marker (the hint line changed): accept it once at least
                // 512 bytes (more than curses' start-up sequence, which may come long before the
                // frame) have been followed by half a second of quiet, and let the report flag it.
                if !strict && output.count - start >= 512 && now() - lastByteTime >= 0.5 { break }
                if waitFinished() { break }
            }
        }
        return (output.count - start, seen)
    }

    /// Reads whatever arrives for `seconds`, so a program drawing while keys are being typed
    /// never blocks on a full pty.
    func drain(for seconds: Double) {
        let deadline = now() + seconds
        while now() < deadline { readSome(timeout: deadline - now()) }
    }

    /// Whether the child has already exited (without reaping it).
    private func waitFinished() -> Bool {
        var info = siginfo_t()
        return waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info._sifields._sigchld.si_pid == pid
    }

    /// Sends bytes as if typed.
    func send(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Whether the program switched the terminal's cursor keys to application mode (DECCKM),
    /// in which a real terminal sends `ESC O B` for down rather than `ESC [ B`.
    var applicationCursorKeys: Bool {
        let on: [UInt8] = Array("\u{1b}[?1h".utf8)
        let off: [UInt8] = Array("\u{1b}[?1l".utf8)
        return lastIndex(of: on) ?? -1 > lastIndex(of: off) ?? -1
    }

    private func lastIndex(of needle: [UInt8]) -> Int? {
        guard output.count >= needle.count else { return nil }
        var index = output.count - needle.count
        while index >= 0 {
            if output[index..<index + needle.count].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }

    /// Sends `quitKeys`, drains the output until the program exits, and returns its result.
    func finish(quitKeys: [UInt8] = Array("q".utf8), timeout: Double = 5) -> (result: ChildResult, peakRSSKilobytes: Int) {
        let peak = peakRSSOfRunningProcess(pid) ?? 0
        send(quitKeys)
        let deadline = now() + timeout
        while now() < deadline {
            if !readSome(timeout: 0.05) && waitFinished() { break }
        }
        if !waitFinished() { kill(pid, SIGKILL) }
        finished = true
        return (waitChild(pid), peak)
    }
}

func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
    var index = haystack.startIndex
    let last = haystack.endIndex - needle.count
    while index <= last {
        if haystack[index] == needle[0] && haystack[index..<index + needle.count].elementsEqual(needle) { return true }
        index += 1
    }
    return false
}

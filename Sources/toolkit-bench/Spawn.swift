import Glibc

/// The environment every measured process gets: a clean, fixed one, so the figures do not depend
/// on the shell the benchmark was started from. `home`, when given, replaces the caller's HOME,
/// so a program finds no user configuration there (w3m and lynx read theirs from HOME).
func benchEnvironment(home: String? = nil) -> [String] {
    var environment = [
        "TERM=xterm-256color", "LANG=C.UTF-8", "LC_ALL=C.UTF-8",
        "LESSHISTFILE=-", "LESSSECURE=1",
        // toolkit reopens the place the last run left; a state folder it cannot create keeps
        // every run starting where the benchmark asks (the menu, not the page measured before).
        "XDG_STATE_HOME=/dev/null",
    ]
    if let home { environment.append("HOME=" + home) }
    for name in home == nil ? ["PATH", "HOME"] : ["PATH"] {
        if let value = getenv(name) { environment.append(name + "=" + String(cString: value)) }
    }
    return environment
}

/// C strings for `posix_spawn`, freed by `release`.
struct CStrings {
    var pointers: [UnsafeMutablePointer<CChar>?]
    init(_ strings: [String]) { pointers = strings.map { strdup($0) } + [nil] }
    func release() { for pointer in pointers { free(pointer) } }
}

/// What `wait4` reports for a finished child.
struct ChildResult {
    /// Exit status as `waitpid` encodes it.
    var status: Int32
    /// Peak resident set size in KiB (`ru_maxrss`).
    var maxRSSKilobytes: Int
    var exitCode: Int32 { (status >> 8) & 0xFF }
    var exitedNormally: Bool { status & 0x7F == 0 }
}

/// Waits for `pid` and returns its status and peak RSS (`wait4` gives this child's own rusage,
/// unlike `RUSAGE_CHILDREN`, which is the maximum over every child so far).
func waitChild(_ pid: pid_t) -> ChildResult {
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    return ChildResult(status: status, maxRSSKilobytes: Int(usage.ru_maxrss))
}

/// Runs a program with standard input from /dev/null and standard output and error to /dev/null
/// (or to `stdoutPath`), and `environment` added to the bench's own; returns the wall time from
/// spawn to exit and the child's result.
func runProcess(_ arguments: [String], stdoutPath: String = "/dev/null", environment: [String] = []) -> (seconds: Double, result: ChildResult) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = CStrings(arguments)
    let envp = CStrings(benchEnvironment() + environment)
    defer { argv.release(); envp.release() }
    var pid: pid_t = 0
    let start = now()
    let error = posix_spawn(&pid, arguments[0], &actions, nil, argv.pointers, envp.pointers)
    guard error == 0 else { fatal("cannot run \(arguments[0]): \(String(cString: strerror(error)))") }
    let result = waitChild(pid)
    return (now() - start, result)
}

/// The peak RSS of a whole run of a program, in KiB, measured by GNU time (`/usr/bin/time -f %M`),
/// or nil if it is not installed. Not `wait4` from here: `posix_spawn` starts the child with this
/// process's memory (CLONE_VM), and Linux carries that high-water mark over `exec`, so the
/// benchmark's own size (hundreds of MB once it has loaded 10,000 pages) would be reported.
/// GNU time forks from its own small process (about 0.9 MB), which is the floor of this figure.
func peakRSSOfRun(_ arguments: [String]) -> (kilobytes: Int, exitCode: Int32)? {
    let time = "/usr/bin/time"
    guard isExecutable(time) else { return nil }
    let output = "/tmp/toolkit-bench-rss.\(getpid())"
    defer { unlink(output) }
    let (_, result) = runProcess([time, "-f", "%M", "-o", output] + arguments)
    guard let text = try? readFile(output), let last = text.split(separator: "\n").last, let kilobytes = Int(last) else { return nil }
    return (kilobytes, result.exitCode)
}

/// The peak RSS so far (VmHWM) of a running process, in KiB: for the pty sessions, read just
/// before quitting (see `peakRSSOfRun` for why not `wait4`).
func peakRSSOfRunningProcess(_ pid: pid_t) -> Int? {
    guard let status = try? readFile("/proc/\(pid)/status") else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
    }
    return nil
}

/// Runs a program and returns what it wrote to standard output (and standard error, with
/// `errors`), and its exit code.
func capture(_ arguments: [String], errors: Bool = false) -> (output: String, exitCode: Int32) {
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { fatal("pipe failed") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
    if errors {
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2)
    } else {
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
    let argv = CStrings(arguments)
    let envp = CStrings(benchEnvironment())
    defer { argv.release(); envp.release() }
    var pid: pid_t = 0
    let error = posix_spawn(&pid, arguments[0], &actions, nil, argv.pointers, envp.pointers)
    close(pipeEnds[1])
    guard error == 0 else { close(pipeEnds[0]); return ("", 127) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { continue }
        if count <= 0 { break }
        bytes += buffer[0..<count]
    }
    close(pipeEnds[0])
    let result = waitChild(pid)
    return (String(decoding: bytes, as: UTF8.self), result.exitCode)
}

func fatal(_ message: String) -> Never {
    progress("toolkit-bench: " + message)
    exit(1)
}

/// Whether `path` names an executable file.
func isExecutable(_ path: String) -> Bool { access(path, X_OK) == 0 }

/// The full path of a program on PATH, or nil.
func which(_ name: String) -> String? {
    if name.contains("/") { return isExecutable(name) ? name : nil }
    let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") where isExecutable(folder + "/" + name) {
        return folder + "/" + name
    }
    return nil
}

/// Size of a file in bytes, or nil.
func fileSize(_ path: String) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Int(info.st_size)
}

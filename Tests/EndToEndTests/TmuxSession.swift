import Foundation
import XCTest

// A small tmux harness in the style of junegunn/fzf's test/lib/common.rb: every test gets its own
// tmux server running an interactive shell in a window of a known size; the test types a command
// that runs the built `toolkit` binary, sends keys by their tmux names, and polls `capture-pane`
// until the screen shows what it expects. Nothing here depends on fixed sleeps for correctness.

/// Where the `toolkit` executable built alongside the test bundle is.
enum ToolkitBinary {
    /// The binary: next to the test bundle's executable (found through /proc/self/exe or
    /// argv[0]), else the TOOLKIT_BINARY environment variable; throws a clear error if neither.
    static func path() throws -> String {
        let fileManager = FileManager.default
        var candidates: [String] = []
        if let executable = try? fileManager.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(executable)
        }
        if let first = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: first).standardizedFileURL.path)
        }
        for executable in candidates {
            var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
            // On macOS the executable sits inside X.xctest/Contents/MacOS; on Linux X.xctest is it.
            while folder.path.contains(".xctest") { folder.deleteLastPathComponent() }
            let binary = folder.appendingPathComponent("toolkit").path
            if fileManager.isExecutableFile(atPath: binary) { return binary }
        }
        if let fromEnvironment = ProcessInfo.processInfo.environment["TOOLKIT_BINARY"], !fromEnvironment.isEmpty {
            guard fileManager.isExecutableFile(atPath: fromEnvironment) else {
                throw HarnessError("TOOLKIT_BINARY=\(fromEnvironment) is not an executable file")
            }
            return fromEnvironment
        }
        throw HarnessError("""
            the toolkit binary was not found next to the test bundle (looked beside \(candidates)); \
            build it first (swift build) or set TOOLKIT_BINARY to its path
            """)
    }
}

/// A failure of the harness itself, with a message saying what to do.
struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// What a program run without a terminal produced.
struct ProcessResult {
    var status: Int32
    var uncaughtSignal: Bool
    var stdout: Data
    var stderr: String

    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
}

/// Running programs directly (no terminal): standard input is /dev/null, as in CI.
enum Run {
    /// Runs `executable` with `arguments` and exactly `environment`; standard output goes to a
    /// pipe (like `| cat`) unless `stdoutFile` is given (like `> file`); standard input reads
    /// `input` when given.
    static func process(
        _ executable: String, _ arguments: [String], environment: [String: String], stdoutFile: URL? = nil,
        input: String? = nil
    ) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        if let input {
            let inputFile = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-e2e-stdin-\(UUID().uuidString)")
            try input.write(to: inputFile, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(at: inputFile) }
            process.standardInput = try FileHandle(forReadingFrom: inputFile)
        }
        let errorFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("toolkit-e2e-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        process.standardError = errorHandle
        var pipe: Pipe?
        var outputHandle: FileHandle?
        if let stdoutFile {
            _ = FileManager.default.createFile(atPath: stdoutFile.path, contents: nil)
            outputHandle = try FileHandle(forWritingTo: stdoutFile)
            process.standardOutput = outputHandle
        } else {
            pipe = Pipe()
            process.standardOutput = pipe
        }
        try process.run()
        var output = Data()
        if let pipe {
            output = pipe.fileHandleForReading.readDataToEndOfFile()
        }
        process.waitUntilExit()
        try? errorHandle.close()
        try? outputHandle?.close()
        if let stdoutFile { output = (try? Data(contentsOf: stdoutFile)) ?? Data() }
        let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return ProcessResult(
            status: process.terminationStatus,
            uncaughtSignal: process.terminationReason == .uncaughtSignal,
            stdout: output,
            stderr: errors
        )
    }

    /// A clean environment for the toolkit: nothing from the CI machine leaks in.
    static func cleanEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": TestLocale.utf8]
        environment.merge(extra) { $1 }
        return environment
    }
}

/// Running a program with posix_spawn and waitpid, for tmux: Foundation's Process on Linux
/// notices a child's end through a socket the child inherits, and the tmux server a
/// `new-session` forks keeps that socket open, so `waitUntilExit` would wait for the server.
/// Here the child gets only /dev/null and two files (every other descriptor is closed).
enum Spawn {
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> ProcessResult {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-e2e-spawn-\(UUID().uuidString)")
        let outPath = base.path + ".out", errPath = base.path + ".err"
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        closeInheritedDescriptors(&actions)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw HarnessError("cannot run \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let signalled = (status & 0x7F) != 0 && (status & 0x7F) != 0x7F
        return ProcessResult(
            status: signalled ? status & 0x7F : (status >> 8) & 0xFF,
            uncaughtSignal: signalled,
            stdout: FileManager.default.contents(atPath: outPath) ?? Data(),
            stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        )
    }
}

extension Spawn {
    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    /// Closes every descriptor from 3 up in the child: with glibc's closefrom action (2.34+,
    /// not exported to Swift, so found with dlsym), else one close per descriptor open now.
    fileprivate static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
            return
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in open.compactMap(Int32.init) where fd >= 3 && fcntl(fd, F_GETFD) != -1 {
            posix_spawn_file_actions_addclose(&actions, fd)
        }
    }
}

/// The UTF-8 locale to run under: C.UTF-8 if `locale -a` lists it, else en_US.UTF-8 if listed.
enum TestLocale {
    static let utf8: String = {
        let result = try? Spawn.run("/usr/bin/env", ["locale", "-a"], environment: ["PATH": "/usr/bin:/bin"])
        let names = Set((result?.stdoutText ?? "").split(separator: "\n").map { $0.lowercased() })
        if names.contains("c.utf8") || names.contains("c.utf-8") { return "C.UTF-8" }
        if names.contains("en_us.utf8") || names.contains("en_us.utf-8") { return "en_US.UTF-8" }
        return "C.UTF-8"
    }()
}

/// One capture of the pane: its rows as text.
struct Screen: CustomStringConvertible {
    let text: String

    /// The pane's rows, trailing spaces removed by tmux.
    var lines: [String] {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    func contains(_ fragment: String) -> Bool { text.contains(fragment) }

    /// Row `index`, or "" past the end.
    func row(_ index: Int) -> String { lines.indices.contains(index) ? lines[index] : "" }

    /// The screen with row numbers, for failure messages.
    var description: String {
        let rows = lines.enumerated().map { String(format: "%2d|", $0.offset) + $0.element }
        return "\n------ screen ------\n" + rows.joined(separator: "\n") + "\n--------------------"
    }
}

/// How a run of the toolkit inside tmux ended, from the files the wrapper script wrote.
struct ExitRecord {
    /// `$?` as the shell saw it: the exit code, or 128 + the signal that killed it.
    var status: Int32
    /// `stty -g` before the toolkit started and after it ended.
    var sttyBefore: String
    var sttyAfter: String
    /// What the toolkit wrote to standard error, when it was sent to a file.
    var stderr: String
}

/// A private tmux server with one window, running an interactive shell.
final class TmuxSession {
    let socket: String
    let directory: URL
    let binary: String
    private let tmux: String
    private var killed = false

    /// The tmux executable, for a client attaching from elsewhere (a real xterm).
    var tmuxPath: String { tmux }

    /// Starts a server whose window is `width` x `height`, waiting for the shell's prompt.
    init(width: Int = 80, height: Int = 24) throws {
        binary = try ToolkitBinary.path()
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/bin"]
        guard let tmux = folders.map({ $0 + "/tmux" }).first(where: {
            FileManager.default.isExecutableFile(atPath: $0)
        }) else {
            throw HarnessError("needs tmux 3.x on PATH: apt-get install tmux")
        }
        self.tmux = tmux
        let id = UUID().uuidString.prefix(8).lowercased()
        socket = "toolkit-e2e-\(getpid())-\(id)"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-e2e-\(id)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let config = directory.appendingPathComponent("tmux.conf")
        // No status line (the window is exactly the size asked for), no scrollback to capture.
        try "set -g status off\nset -g history-limit 0\nset -g escape-time 0\n"
            .write(to: config, atomically: true, encoding: .utf8)
        let shell = FileManager.default.isExecutableFile(atPath: "/bin/bash") ? "/bin/bash --norc --noprofile -i" : "/bin/sh -i"
        // env -i: nothing from the CI environment (NO_COLOR, COLUMNS, TMUX, LC_*) reaches the shell.
        let command = "cd '\(directory.path)' && exec env -i PATH=/usr/local/bin:/usr/bin:/bin HOME='\(directory.path)' "
            + "TERM=xterm-256color LANG=\(TestLocale.utf8) PS1='$ ' HISTFILE= \(shell)"
        let started = try tmuxRun(["-f", config.path, "new-session", "-d", "-s", "e2e", "-x", "\(width)", "-y", "\(height)", command])
        guard started.status == 0 else {
            throw HarnessError("tmux new-session failed (\(started.status)): \(started.stderr)")
        }
        try waitFor("the shell's prompt") { $0.lines.contains { $0.hasPrefix("$") } }
    }

    deinit { kill() }

    /// Kills the server (and with it the shell and anything still running) and removes the files.
    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? tmuxRun(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: - Running the toolkit

    /// Types a command that runs the toolkit with `arguments` under a wrapper script, which
    /// records `stty -g` before and after, the exit status, and the toolkit's pid.
    /// The toolkit gets TERM=`term`, the UTF-8 locale, and `environment`.
    func startToolkit(
        _ arguments: [String] = [], term: String = "xterm-256color", environment: [String: String] = [:],
        stderrToFile: Bool = false
    ) throws {
        let redirect = stderrToFile ? " 2> stderr" : ""
        // `trap : INT`: the wrapper survives Ctrl-C (sent to the whole foreground job) long enough
        // to record the status; the toolkit itself still starts with SIGINT at its default.
        // The inner `sh -c 'echo $$ > pid; exec ...'` records the pid the toolkit runs as, in the
        // foreground, so it keeps the terminal.
        let script = """
            trap : INT
            cd \(quote(directory.path))
            rm -f status after stderr pid
            stty -g > before
            echo 'toolkit-e2e: starting'
            env \(assignments(term, environment)) sh -c 'echo $$ > pid; exec "$0" "$@"' \(quote(binary)) \(arguments.map(quote).joined(separator: " "))\(redirect)
            echo $? > status.partial
            \(Self.recordEnd)

            """
        let scriptFile = directory.appendingPathComponent("run.sh")
        try script.write(to: scriptFile, atomically: true, encoding: .utf8)
        try? FileManager.default.removeItem(at: file("status"))
        type("sh run.sh")
        send("Enter")
    }

    /// Starts the toolkit as a job of its own, typed straight at the interactive shell, for job
    /// control (Ctrl-Z): with a wrapper script in the job, the shell would report the job stopped
    /// as soon as the wrapper stops, racing the toolkit's own terminal restore. The end is
    /// recorded by `resumeWithFg()`.
    func startToolkitAsShellJob(_ arguments: [String] = [], term: String = "xterm-256color") throws {
        try? FileManager.default.removeItem(at: file("status"))
        type("rm -f status after; stty -g > before; echo 'toolkit-e2e: starting'; "
             + "env \(assignments(term, [:])) \(quote(binary)) \(arguments.map(quote).joined(separator: " "))")
        send("Enter")
    }

    /// Types `fg` to resume a stopped toolkit, recording its exit status (what `fg` returns) and
    /// `stty -g` once it ends.
    func resumeWithFg() {
        type("fg; echo $? > status.partial; " + Self.recordEnd.replacingOccurrences(of: "\n", with: "; "))
        send("Enter")
    }

    private static let recordEnd = """
        stty -g > after
        mv status.partial status
        echo "toolkit-e2e: exited with $(cat status)"
        """

    private func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    private func assignments(_ term: String, _ environment: [String: String]) -> String {
        var variables = ["TERM": term, "LANG": TestLocale.utf8]
        variables.merge(environment) { $1 }
        return variables.sorted { $0.key < $1.key }.map { "\($0.key)=\(quote($0.value))" }.joined(separator: " ")
    }

    /// The toolkit's pid, once the wrapper has recorded it.
    func toolkitPID(file: StaticString = #filePath, line: UInt = #line) throws -> pid_t {
        var pid: pid_t?
        poll(timeout: 8) {
            pid = (try? String(contentsOf: self.file("pid"), encoding: .utf8))
                .flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            return pid != nil
        }
        guard let pid else {
            XCTFail("the wrapper never recorded the toolkit's pid\(capture())", file: file, line: line)
            throw HarnessError("no pid")
        }
        return pid
    }

    /// Waits for the toolkit to end and reads what the wrapper recorded.
    func waitForExit(timeout: TimeInterval = 8, file: StaticString = #filePath, line: UInt = #line) throws -> ExitRecord {
        let statusFile = self.file("status")
        let ended = poll(timeout: timeout) { FileManager.default.fileExists(atPath: statusFile.path) }
        guard ended, let status = read("status").flatMap({ Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) else {
            XCTFail("the toolkit did not exit within \(timeout) s\(capture())", file: file, line: line)
            throw HarnessError("the toolkit did not exit")
        }
        return ExitRecord(status: status, sttyBefore: read("before") ?? "(missing)", sttyAfter: read("after") ?? "(missing)",
                          stderr: read("stderr") ?? "")
    }

    /// Presses q and asserts that the toolkit exits 0 with the terminal as it was.
    func quitAndAssertRestored(file: StaticString = #filePath, line: UInt = #line) throws {
        send("q")
        let record = try waitForExit(file: file, line: line)
        XCTAssertEqual(record.status, 0, "q should exit 0", file: file, line: line)
        try assertTerminalRestored(record, file: file, line: line)
    }

    /// Presses q on a presenter with followers, answers y to "N following: quit? y/n", and
    /// asserts that it exits 0 with the terminal as it was.
    func confirmQuitAndAssertRestored(file: StaticString = #filePath, line: UInt = #line) throws {
        send("q")
        try waitFor("following: quit? y/n", file: file, line: line)
        send("y")
        let record = try waitForExit(file: file, line: line)
        XCTAssertEqual(record.status, 0, "q then y should exit 0", file: file, line: line)
        try assertTerminalRestored(record, file: file, line: line)
    }

    /// Asserts the terminal is as it was: same `stty -g`, alternate screen off, the shell's
    /// earlier output back on screen and the shell prompting again.
    /// `startShown`: whether the wrapper's first line should still be on screen (not when the
    /// toolkit printed a whole page of text after it).
    func assertTerminalRestored(_ record: ExitRecord, startShown: Bool = true, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(record.sttyBefore, record.sttyAfter, "stty -g changed across the run", file: file, line: line)
        XCTAssertFalse(record.sttyBefore.isEmpty, file: file, line: line)
        XCTAssertEqual(display("#{alternate_on}"), "0", "the alternate screen is still on\(capture())", file: file, line: line)
        try waitFor("the shell's own screen back, with the wrapper's output", file: file, line: line) {
            (!startShown || $0.contains("toolkit-e2e: starting")) && $0.contains("toolkit-e2e: exited with")
                && $0.lines.last(where: { !$0.isEmpty })?.hasPrefix("$") == true
        }
    }

    // MARK: - tmux

    /// Sends keys by tmux name (Down, Enter, Tab, BTab, C-c, ...) or as characters ("q", "4").
    func send(_ keys: String...) {
        _ = try? tmuxRun(["send-keys", "-t", target] + keys)
    }

    /// Types `text` literally.
    func type(_ text: String) {
        _ = try? tmuxRun(["send-keys", "-t", target, "-l", text])
    }

    /// Pastes `text` as a terminal does: bracketed (`ESC [200~` ... `ESC [201~`) when the program
    /// has asked for bracketed paste, as is.
    func paste(_ text: String) {
        _ = try? tmuxRun(["set-buffer", "-b", "e2e-paste", text])
        _ = try? tmuxRun(["paste-buffer", "-p", "-d", "-b", "e2e-paste", "-t", target])
    }

    /// Resizes the window (which also makes its size manual from then on).
    func resize(width: Int, height: Int) {
        _ = try? tmuxRun(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// A format expanded by `display -p`, e.g. `#{alternate_on}`.
    func display(_ format: String) -> String {
        ((try? tmuxRun(["display-message", "-p", "-t", target, format]))?.stdoutText ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pane as text; with `escapes`, with its colours and attributes as SGR sequences.
    func capture(escapes: Bool = false) -> Screen {
        let arguments = ["capture-pane", "-p", "-t", target] + (escapes ? ["-e"] : [])
        return Screen(text: (try? tmuxRun(arguments))?.stdoutText ?? "")
    }

    /// The terminal column where `character` first appears on `row`, as tmux measured what came
    /// before it (copy mode searches from the row's start and leaves its cursor after the match).
    func column(of character: Character, onRow row: Int) throws -> Int {
        _ = try tmuxRun(["copy-mode", "-t", target])
        defer { _ = try? tmuxRun(["send-keys", "-t", target, "-X", "cancel"]) }
        _ = try tmuxRun(["send-keys", "-t", target, "-X", "top-line"])
        _ = try tmuxRun(["send-keys", "-t", target, "-X", "start-of-line"])
        if row > 0 { _ = try tmuxRun(["send-keys", "-t", target, "-N", "\(row)", "-X", "cursor-down"]) }
        _ = try tmuxRun(["send-keys", "-t", target, "-X", "search-forward-text", String(character)])
        let place = display("#{copy_cursor_x} #{copy_cursor_y}").split(separator: " ").compactMap { Int($0) }
        guard place.count == 2, place[1] == row else { throw HarnessError("no \(character) on row \(row): copy mode's cursor at \(place)") }
        return place[0] - 1
    }

    /// Starts copying what the program in the pane writes into `file`, or stops it when `file` is nil.
    func pipePane(to file: URL?) throws {
        let command = file.map { ["-O", "cat >> '\($0.path)'"] } ?? []
        let result = try tmuxRun(["pipe-pane", "-t", target] + command)
        XCTAssertEqual(result.status, 0, "tmux pipe-pane: \(result.stderr)")
        if file == nil { usleep(100_000) }
    }

    /// Sets a server option (`set-clipboard on`, for a program's OSC 52 to fill tmux's buffer).
    func setServerOption(_ name: String, _ value: String) throws {
        let result = try tmuxRun(["set-option", "-s", name, value])
        XCTAssertEqual(result.status, 0, "tmux set-option \(name): \(result.stderr)")
    }

    /// The newest paste buffer, as `show-buffer` prints it; nil when there is none.
    func showBuffer() -> String? {
        guard let result = try? tmuxRun(["show-buffer"]), result.status == 0 else { return nil }
        return result.stdoutText
    }

    /// Waits until the program has written `bytes` into `file` (being filled by `pipePane`).
    func waitForOutput(_ bytes: String, in file: URL, timeout: TimeInterval = 8, sourceFile: StaticString = #filePath, line: UInt = #line) throws {
        let written = poll(timeout: timeout) {
            (try? Data(contentsOf: file)).map { String(decoding: $0, as: UTF8.self).contains(bytes) } ?? false
        }
        if !written {
            XCTFail("timed out after \(timeout) s waiting for the program to write \(bytes.debugDescription)", file: sourceFile, line: line)
            throw HarnessError("gave up waiting for output")
        }
    }

    /// The screen once two captures in a row agree (the terminal has finished drawing).
    func settledCapture() -> Screen {
        var previous = capture()
        for _ in 0..<100 {
            usleep(40_000)
            let next = capture()
            if next.text == previous.text { return next }
            previous = next
        }
        return previous
    }

    /// Polls the pane until `condition` holds and returns that screen; after `timeout`, records
    /// a failure showing the last screen and throws to end the test.
    @discardableResult
    func waitFor(
        _ what: String, timeout: TimeInterval = 8, file: StaticString = #filePath, line: UInt = #line,
        _ condition: (Screen) -> Bool
    ) throws -> Screen {
        var last = Screen(text: "")
        // A frame can be captured half drawn, so the condition must also hold once the screen
        // has stopped changing.
        let held = poll(timeout: timeout) {
            last = capture()
            guard condition(last) else { return false }
            last = settledCapture()
            return condition(last)
        }
        if held { return last }
        XCTFail("timed out after \(timeout) s waiting for \(what)\(last)", file: file, line: line)
        throw HarnessError("gave up waiting for \(what)")
    }

    /// Waits until the screen shows all of `fragments`.
    @discardableResult
    func waitFor(_ fragments: String..., timeout: TimeInterval = 8, file: StaticString = #filePath, line: UInt = #line) throws -> Screen {
        try waitFor(fragments.map { "\"\($0)\"" }.joined(separator: ", "), timeout: timeout, file: file, line: line) { screen in
            fragments.allSatisfy(screen.contains)
        }
    }

    // MARK: - Plumbing

    /// The one session's one pane.
    private let target = "=e2e:"

    func file(_ name: String) -> URL { directory.appendingPathComponent(name) }

    private func read(_ name: String) -> String? { try? String(contentsOf: file(name), encoding: .utf8) }

    @discardableResult
    private func poll(timeout: TimeInterval, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if condition() { return true }
            if Date() > deadline { return false }
            usleep(30_000)
        }
    }

    private func tmuxRun(_ arguments: [String]) throws -> ProcessResult {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        if environment["TERM"] == nil || environment["TERM"] == "dumb" { environment["TERM"] = "xterm-256color" }
        return try Spawn.run(tmux, ["-L", socket] + arguments, environment: environment)
    }
}

/// A base class: a fresh tmux server per test, killed in tearDown.
class TmuxTestCase: XCTestCase {
    var tmux: TmuxSession!

    override func setUpWithError() throws {
        continueAfterFailure = false
    }

    /// Starts this test's tmux server.
    func startTmux(width: Int = 80, height: Int = 24) throws -> TmuxSession {
        let session = try TmuxSession(width: width, height: height)
        tmux = session
        return session
    }

    override func tearDown() {
        tmux?.kill()
        tmux = nil
        super.tearDown()
    }
}

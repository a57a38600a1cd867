import Glibc

/// Issue 15's figure: the presenter's key to each follower's screen when 20 attendees follow over
/// SSH, each an `ssh -tt` client on a pty of its own logging in to a private sshd on 127.0.0.1
/// whose forced command is `toolkit follow`, beside 20 local followers in the same run; then issue
/// 24's, the other way (`RoomLatency`). Needs root and openssh-server; otherwise noted and skipped.
enum SSHShareLatency {
    static func run(_ report: Report, toolkit: String, scale: Double) {
        guard getuid() == 0, access("/usr/sbin/sshd", X_OK) == 0, access("/usr/bin/ssh", X_OK) == 0 else {
            report.note("ssh followers: skipped (needs root, /usr/sbin/sshd and /usr/bin/ssh)")
            return
        }
        let folder = "/tmp/toolkit-bench-ssh-\(getpid())"
        let socket = folder + "/present.sock"
        mkdir(folder, 0o700)
        mkdir("/run/sshd", 0o755)
        defer { _ = runProcess(["/bin/rm", "-rf", folder]) }
        for name in ["host_key", "user_key"] {
            _ = runProcess(["/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "toolkit-bench", "-f", "\(folder)/\(name)"])
        }
        guard let publicKey = read("\(folder)/user_key.pub"), let port = freePort() else {
            report.note("ssh followers: skipped (no key or no free port)")
            return
        }
        // sshd runs the forced command in the login's home folder, so the path must be absolute.
        let binary = realpath(toolkit, nil).map { path in defer { free(path) }; return String(cString: path) } ?? toolkit
        write("\(folder)/authorized_keys", "restrict,pty,command=\"\(binary) follow --socket \(socket)\" \(publicKey)")
        write("\(folder)/sshd_config", """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(folder)/host_key
            PidFile \(folder)/sshd.pid
            AuthorizedKeysFile \(folder)/authorized_keys
            StrictModes no
            UsePAM no
            PermitRootLogin forced-commands-only
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            MaxStartups 200
            SetEnv LANG=C.UTF-8

            """)
        guard let sshd = spawn(["/usr/sbin/sshd", "-D", "-f", "\(folder)/sshd_config"]) else {
            report.note("ssh followers: skipped (sshd did not start)")
            return
        }
        defer {
            kill(sshd, SIGTERM)
            _ = waitChild(sshd)
        }
        guard waitForListener(port: port, timeout: 10) else {
            report.note("ssh followers: skipped (sshd is not listening)")
            return
        }
        let ssh = ["/usr/bin/ssh", "-F", "/dev/null", "-i", "\(folder)/user_key", "-p", "\(port)", "-o", "StrictHostKeyChecking=no",
                   "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "-tt", "root@127.0.0.1"]
        let group = "Workshop: presenter key to follower screen over ssh (issue 15), ssh -tt clients on ptys, sshd on 127.0.0.1"
        let keys = max(5, Int(20 * scale))
        // The same twenty following the socket directly, in the same run, for comparison.
        ShareLatency.measure(20, report: report, toolkit: toolkit, keys: keys, socket: socket, follower: [binary, "follow", "--socket", socket],
                             group: group, label: "20 local followers")
        ShareLatency.measure(20, report: report, toolkit: toolkit, keys: keys, socket: socket, follower: ssh, group: group, label: "20 ssh followers")
        RoomLatency.measure(20, report: report, toolkit: toolkit, rounds: max(1, Int(3 * scale)), keys: keys, socket: socket, follower: ssh,
                            group: "Workshop: a follower's answer to the presenter's count over ssh, and the presenter's keys under a flood (issue 24)",
                            label: "20 ssh followers")
    }

    private static func spawn(_ arguments: [String]) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv = CStrings(arguments)
        let envp = CStrings(benchEnvironment())
        defer { argv.release(); envp.release() }
        var pid: pid_t = 0
        return posix_spawn(&pid, arguments[0], &actions, nil, argv.pointers, envp.pointers) == 0 ? pid : nil
    }

    private static func freePort() -> Int? {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in(sin_family: sa_family_t(AF_INET), sin_port: 0, sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")), sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        return bound ? Int(UInt16(bigEndian: address.sin_port)) : nil
    }

    private static func waitForListener(port: Int, timeout: Double) -> Bool {
        let deadline = now() + timeout
        while now() < deadline {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in(sin_family: sa_family_t(AF_INET), sin_port: UInt16(port).bigEndian, sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")), sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
            }
            close(descriptor)
            if connected { return true }
            usleep(20_000)
        }
        return false
    }

    private static func read(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var text = ""
        var buffer = [CChar](repeating: 0, count: 4096)
        while fgets(&buffer, Int32(buffer.count), file) != nil { text += String(cString: buffer) }
        while text.last == "\n" { text.removeLast() }
        return text
    }

    private static func write(_ path: String, _ text: String) {
        guard let file = fopen(path, "w") else { return }
        fputs(text + "\n", file)
        fclose(file)
    }
}

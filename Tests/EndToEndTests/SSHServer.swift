import Foundation
import XCTest

/// A real OpenSSH server for one test, on 127.0.0.1 at a free port, with a host key, a client
/// key and an `authorized_keys` of its own in a temporary folder, logging in as root only with a
/// forced command. It needs root (sshd's privilege separation) and `openssh-server`; without
/// them the test is skipped (see `OptionalTool`).
final class SSHServer {
    let folder: URL
    let port: Int
    /// The clients' private keys, one for each `authorized_keys` line.
    let keys: [String]
    private let process: Process
    private let ssh: String

    /// Starts sshd with an `authorized_keys` line for each of `prefixes` (its options), each
    /// with a client key of its own.
    init(authorizedKeysPrefixes prefixes: [String]) throws {
        let tools = try OptionalTool.paths([OptionalTool("sshd", package: "openssh-server"), OptionalTool("ssh", package: "openssh-client"),
                                            OptionalTool("ssh-keygen", package: "openssh-client")], folders: ["/usr/sbin", "/usr/bin"])
        let (sshd, keygen) = (tools[0], tools[2])
        ssh = tools[1]
        guard getuid() == 0 else { throw OptionalTool.missing("needs root: sshd for a test must start as root") }
        folder = URL(fileURLWithPath: "/tmp/tk-sshd-\(UUID().uuidString.prefix(8).lowercased())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // sshd refuses to start without its privilege separation folder.
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let names = ["host_key"] + prefixes.indices.map { "user_key_\($0)" }
        for name in names {
            let made = try Spawn.run(keygen, ["-q", "-t", "ed25519", "-N", "", "-C", "toolkit-test", "-f", folder.appendingPathComponent(name).path],
                                     environment: Run.cleanEnvironment())
            guard made.status == 0 else { throw HarnessError("ssh-keygen failed: \(made.stderr)") }
        }
        let folder = self.folder
        keys = prefixes.indices.map { folder.appendingPathComponent("user_key_\($0)").path }
        var lines = ""
        for (prefix, key) in zip(prefixes, keys) {
            lines += prefix + " " + (try String(contentsOfFile: key + ".pub", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)) + "\n"
        }
        try lines.write(to: folder.appendingPathComponent("authorized_keys"), atomically: true, encoding: .utf8)
        port = try Self.freePort()
        let config = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(folder.path)/host_key
            PidFile \(folder.path)/sshd.pid
            AuthorizedKeysFile \(folder.path)/authorized_keys
            StrictModes no
            UsePAM no
            PermitRootLogin forced-commands-only
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            MaxStartups 100
            SetEnv LANG=C.UTF-8
            LogLevel VERBOSE

            """
        let configFile = folder.appendingPathComponent("sshd_config")
        try config.write(to: configFile, atomically: true, encoding: .utf8)
        let log = folder.appendingPathComponent("sshd.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process = Process()
        process.executableURL = URL(fileURLWithPath: sshd)
        process.arguments = ["-D", "-e", "-f", configFile.path]
        process.environment = Run.cleanEnvironment()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while !self.log.contains("Server listening") {
            guard Date() < deadline, process.isRunning else { throw HarnessError("sshd did not start:\n\(self.log)") }
            usleep(20_000)
        }
    }

    deinit { stop() }

    /// Stops sshd (the sessions it forked end with their connections) and removes the folder.
    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// What sshd has logged.
    var log: String { (try? String(contentsOf: folder.appendingPathComponent("sshd.log"), encoding: .utf8)) ?? "" }

    /// The `ssh` command line that logs in as root with client key `key` (`-tt` with `tty`),
    /// ignoring every configuration and known host, then `remote` (which a forced command ignores).
    func command(key: Int = 0, tty: Bool, options: [String] = [], remote: [String] = []) -> [String] {
        [ssh, "-F", "/dev/null", "-i", keys[key], "-p", "\(port)", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
         "-o", "BatchMode=yes", "-o", "LogLevel=ERROR"] + (tty ? ["-tt"] : ["-T"]) + options + ["root@127.0.0.1"] + remote
    }

    private static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound else { throw HarnessError("no free port: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

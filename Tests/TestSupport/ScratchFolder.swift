import Foundation
import Glibc
import XCTest

/// A temporary folder for one test, removed after it; and tmpfs mounts for the disk-full and
/// read-only cases, which need root (the tests run as root here and in CI).
public final class ScratchFolder {
    /// The folder.
    public let path: String
    private var mounts: [String] = []

    /// Makes the folder.
    public init() {
        path = NSTemporaryDirectory() + "workbook-tests-" + UUID().uuidString
        mkdir(path, 0o755)
    }

    deinit {
        for mount in mounts.reversed() { umount2(mount, Int32(MNT_DETACH)) }
        try? FileManager.default.removeItem(atPath: path)
    }

    /// A path inside the folder.
    public func file(_ name: String) -> String { path + "/" + name }

    /// A new tmpfs of `kilobytes` at `name` inside the folder; skips the test (fails under CI)
    /// where mounting is not allowed.
    public func mountTmpfs(_ name: String, kilobytes: Int) throws -> String {
        let target = file(name)
        mkdir(target, 0o755)
        if mount("tmpfs", target, "tmpfs", 0, "size=\(kilobytes)k") != 0 {
            let reason = "mounting a tmpfs needs root (CAP_SYS_ADMIN): \(String(cString: strerror(errno)))"
            if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail(reason) }
            throw XCTSkip(reason)
        }
        mounts.append(target)
        return target
    }

    /// Makes a mount read-only, as a folder the program may not write to (root ignores mode bits).
    public func remountReadOnly(_ target: String) throws {
        guard mount("tmpfs", target, "tmpfs", UInt(MS_REMOUNT | MS_RDONLY), nil) == 0 else {
            throw XCTSkip("remounting read-only failed: \(String(cString: strerror(errno)))")
        }
    }

    /// Fills a file system until it has no space left.
    public func fill(_ target: String) {
        let descriptor = open(target + "/filler", O_CREAT | O_WRONLY, 0o600)
        let block = [UInt8](repeating: 0x55, count: 4096)
        while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
        close(descriptor)
    }

    /// The file's bytes, or nil when it is missing.
    public static func bytes(_ path: String) -> Data? {
        FileManager.default.contents(atPath: path)
    }
}

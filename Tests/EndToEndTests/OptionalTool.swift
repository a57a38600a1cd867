import Foundation
import XCTest

/// A program that only some end-to-end tests need and the README's quick start does not install
/// (Chromium, sshd, Xvfb, xterm...). Where one is missing, the test is skipped with a line naming
/// the Debian packages that bring the missing ones; under `CI=true` it fails instead, since
/// `.ci/run` installs every such package before running these tests (its second pass).
struct OptionalTool {
    /// The program's names, the first found wins (`chromium`, `chromium-browser`...).
    let names: [String]
    /// The Debian package that brings it.
    let package: String

    init(_ names: String..., package: String) {
        self.names = names
        self.package = package
    }

    /// The paths of `tools`, in order, each the first of its names found in `folders` (by
    /// default `PATH`'s, then the system's); or one skip (a failure under CI) for all that are missing.
    static func paths(_ tools: [OptionalTool], folders: [String]? = nil) throws -> [String] {
        let searched = folders ?? ((ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
            + ["/usr/sbin", "/usr/bin", "/sbin", "/bin"])
        let found = tools.map { tool in
            tool.names.lazy.flatMap { name in searched.map { $0 + "/" + name } }.first { FileManager.default.isExecutableFile(atPath: $0) }
        }
        let missing = zip(tools, found).filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty else {
            var packages: [String] = []
            for tool in missing where !packages.contains(tool.package) { packages.append(tool.package) }
            throw Self.missing("needs \(missing.map { $0.names[0] }.joined(separator: ", ")): apt-get install \(packages.joined(separator: " "))")
        }
        return found.map { $0! }
    }

    /// The skip for what a test lacks (`reason`), or under CI an error, which fails the test.
    static func missing(_ reason: String) -> Error {
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            return HarnessError(reason + " (CI=true, where .ci/run provides it)")
        }
        return XCTSkip(reason)
    }
}

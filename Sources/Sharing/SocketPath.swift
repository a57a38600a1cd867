import Glibc

/// Where a shared presentation's socket lives, and making its folder safely.
public enum SocketPath {
    /// The default socket: `$XDG_RUNTIME_DIR/toolkit/present.sock`, or a folder of the user's own
    /// under /tmp when that is not set. When the socket is shared with a group, it goes under /tmp,
    /// since `$XDG_RUNTIME_DIR` is closed to everyone but its owner.
    public static func standard(forGroup: Bool = false) -> String {
        if !forGroup, let runtime = getenv("XDG_RUNTIME_DIR").map({ String(cString: $0) }), runtime.hasPrefix("/") {
            return runtime + "/toolkit/present.sock"
        }
        return "/tmp/toolkit-\(getuid())\(forGroup ? "-shared" : "")/present.sock"
    }

    /// The folder part of `path`.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Makes the socket's folder if it is missing, open only to this user or also to `group`; an
    /// existing folder must be a real folder (not a link) that belongs to this user, or to root for
    /// system folders like /tmp.
    static func prepareFolder(of path: String, group: gid_t?) throws(ShareError) {
        let mode: mode_t = group == nil ? 0o700 : 0o710
        let folder = folder(of: path)
        var status = stat()
        if lstat(folder, &status) != 0 {
            guard mkdir(folder, mode) == 0 || errno == EEXIST else {
                throw ShareError("cannot make the folder \(folder) for the socket: \(SocketDescriptor.lastError)")
            }
            chmod(folder, mode)
            if let group { chown(folder, uid_t.max, group) }
            guard lstat(folder, &status) == 0 else { throw ShareError("cannot read the folder \(folder): \(SocketDescriptor.lastError)") }
        }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw ShareError("\(folder) is not a folder, so the socket cannot go there")
        }
        let owner = status.st_uid
        guard owner == getuid() || owner == 0 else {
            throw ShareError("\(folder) belongs to another user; choose another place with --socket")
        }
        // In a folder anyone may write to, someone else could swap the socket for their own,
        // unless the sticky bit (as on /tmp) keeps them from removing it.
        guard status.st_mode & 0o002 == 0 || status.st_mode & S_ISVTX != 0 else {
            throw ShareError("\(folder) can be written by anyone, so another user could replace the socket; make it private (chmod o-w) or choose another place with --socket")
        }
    }
}

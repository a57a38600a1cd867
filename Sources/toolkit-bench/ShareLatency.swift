import Glibc

/// Issue 6's figure: how long after the presenter's key each follower's screen has changed, with
/// 1, 10 and 100 real `toolkit follow` processes on pseudo-terminals of their own, and the
/// presenter's own key-to-screen time beside it (which must not grow with the followers).
enum ShareLatency {
    static func run(_ report: Report, toolkit: String, scale: Double) {
        let socket = "/tmp/toolkit-bench-\(getpid()).sock"
        for count in [1, 10, 100] {
            measure(count, report: report, toolkit: toolkit, keys: max(5, Int(20 * scale)), socket: socket,
                    follower: [toolkit, "follow", "--socket", socket], group: "Workshop: presenter key to follower screen (issue 6), real processes on ptys")
        }
    }

    /// Presents on `socket` with `count` followers, each running `follower` on a pty of its own,
    /// and reports the times under `group`, named `label` (by default `N followers`).
    static func measure(_ count: Int, report: Report, toolkit: String, keys: Int, socket: String, follower: [String], group: String, label: String? = nil) {
        unlink(socket)
        let presenter = PtySession([toolkit, "present", "--share", "--socket", socket, "correctives"], columns: 100, rows: 30)
        _ = presenter.readUntilQuiet(marker: Array("Overview".utf8), quiet: 0.2, timeout: 20)
        let followers = (0..<count).map { _ in PtySession(follower) }
        drainUntilQuiet(followers + [presenter], quiet: 1, timeout: 60)
        var followerTimes: [Double] = []
        var slowestTimes: [Double] = []
        var presenterTimes: [Double] = []
        for key in 0..<keys {
            let sent = now()
            presenter.send(Array((key % 2 == 0 ? "n" : "p").utf8))
            let times = drainUntilQuiet(followers + [presenter], quiet: 0.15, timeout: 10)
            let reactions = times.dropLast().compactMap { $0?.last }.map { $0 - sent }
            guard reactions.count == count, let own = times.last??.first else {
                report.note("share latency with \(count) follower(s): only \(reactions.count) of \(count) followers redrew after a key")
                continue
            }
            followerTimes += reactions
            slowestTimes.append(reactions.max() ?? .nan)
            presenterTimes.append(own - sent)
        }
        let label = label ?? (count == 1 ? "1 follower" : "\(count) followers")
        report.add(Row(group, "\(label): each follower's screen", .seconds, Samples(followerTimes), note: "all followers, all keys"))
        report.add(Row(group, "\(label): the slowest follower", .seconds, Samples(slowestTimes)))
        report.add(Row(group, "\(label): the presenter's own screen", .seconds, Samples(presenterTimes),
                       note: "first byte of its redraw, since its clock also redraws once a second"))
        _ = presenter.finish()
        for follower in followers { _ = follower.finish() }
        unlink(socket)
    }

    /// Reads every session until none has written for `quiet` seconds; returns, per session, when
    /// its first and last bytes arrived in this call (nil if it wrote nothing).
    @discardableResult
    static func drainUntilQuiet(_ sessions: [PtySession], quiet: Double, timeout: Double) -> [(first: Double, last: Double)?] {
        var times: [(first: Double, last: Double)?] = Array(repeating: nil, count: sessions.count)
        var latest = now()
        let deadline = latest + timeout
        var buffer = [UInt8](repeating: 0, count: 65536)
        while now() < deadline, now() - latest < quiet {
            var descriptors = sessions.map { pollfd(fd: $0.master, events: Int16(POLLIN), revents: 0) }
            guard poll(&descriptors, nfds_t(descriptors.count), 10) > 0 else { continue }
            for (index, descriptor) in descriptors.enumerated() where descriptor.revents & Int16(POLLIN) != 0 {
                let read = buffer.withUnsafeMutableBytes { Glibc.read(descriptor.fd, $0.baseAddress, $0.count) }
                if read > 0 {
                    latest = now()
                    times[index] = (times[index]?.first ?? latest, latest)
                }
            }
        }
        return times
    }
}

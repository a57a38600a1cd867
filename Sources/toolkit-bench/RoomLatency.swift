import Glibc

/// Issue 24's figures: how long after a follower's answer key the presenter's screen shows the
/// new count ("N of 20 answered"), and the presenter's own key-to-screen time while a client
/// floods the socket with garbage as fast as it is read.
enum RoomLatency {
    /// Presents the principles on `socket` with `count` followers running `follower` on ptys of
    /// their own, asks the room a question `rounds` times and has every follower answer it, one
    /// at a time; then moves `keys` times without and with a flood. Reports under `group`.
    static func measure(_ count: Int, report: Report, toolkit: String, rounds: Int, keys: Int, socket: String, follower: [String], group: String, label: String) {
        unlink(socket)
        let presenter = PtySession([toolkit, "present", "--share", "--socket", socket, "principles"], columns: 100, rows: 30)
        _ = presenter.readUntilQuiet(marker: Array("Overview".utf8), quiet: 0.2, timeout: 20)
        let followers = (0..<count).map { _ in PtySession(follower) }
        let everyone = followers + [presenter]
        ShareLatency.drainUntilQuiet(everyone, quiet: 1, timeout: 60)
        for key in ["g", "2", "\r"] {
            presenter.send(Array(key.utf8))
            ShareLatency.drainUntilQuiet(everyone, quiet: 0.3, timeout: 10)
        }

        var answerTimes: [Double] = []
        var slowestTimes: [Double] = []
        for _ in 0..<rounds {
            // `a` opens the picker, ↓ picks the page's second question, Enter asks it.
            for key in ["a", "\u{1B}[B", "\r"] {
                presenter.send(Array(key.utf8))
                ShareLatency.drainUntilQuiet(everyone, quiet: 0.3, timeout: 10)
            }
            var round: [Double] = []
            for (index, attendee) in followers.enumerated() {
                let sent = now()
                attendee.send(Array("\(1 + index % 3)".utf8))
                let times = ShareLatency.drainUntilQuiet(everyone, quiet: 0.15, timeout: 10)
                if let redrawn = times.last??.first { round.append(redrawn - sent) }
            }
            guard round.count == count else {
                report.note("room latency: the presenter redrew after only \(round.count) of \(count) answers")
                continue
            }
            answerTimes += round
            slowestTimes.append(round.max() ?? .nan)
            presenter.send(Array("a".utf8))
            ShareLatency.drainUntilQuiet(everyone, quiet: 0.3, timeout: 10)
        }
        report.add(Row(group, "\(label): follower's answer key to the presenter's count", .seconds, Samples(answerTimes),
                       note: "first byte of the presenter's redraw; all answers of \(rounds) question(s)"))
        report.add(Row(group, "\(label): the slowest answer of each question", .seconds, Samples(slowestTimes)))

        report.add(Row(group, "\(label): the presenter's own key, no flood", .seconds, Samples(presenterKeys(keys, presenter: presenter, everyone: everyone, flood: nil))))
        if let flooder = connect(to: socket) {
            let times = presenterKeys(keys, presenter: presenter, everyone: everyone, flood: flooder)
            report.add(Row(group, "\(label): the presenter's own key, one client flooding garbage", .seconds, Samples(times),
                           note: "a local socket client keeps the presenter's receive buffer full of lines that are no message"))
            close(flooder)
        } else {
            report.note("room latency: could not connect a flooding client to \(socket)")
        }
        _ = presenter.finish(quitKeys: Array("qy".utf8))
        for attendee in followers { _ = attendee.finish() }
        unlink(socket)
    }

    /// The presenter's key-to-screen times for `keys` moves, while `flood` (if any) is kept full
    /// of garbage.
    private static func presenterKeys(_ keys: Int, presenter: PtySession, everyone: [PtySession], flood: Int32?) -> [Double] {
        let garbage = Array(String(repeating: "\u{1B}[2J hand sideways answer 0 0\n", count: 128).utf8)
        var times: [Double] = []
        for key in 0..<keys {
            if let flood { fill(flood, with: garbage) }
            let sent = now()
            presenter.send(Array((key % 2 == 0 ? "n" : "p").utf8))
            var first: Double?
            var latest = sent
            var buffer = [UInt8](repeating: 0, count: 65536)
            while now() - latest < 0.15, now() - sent < 10 {
                if let flood { fill(flood, with: garbage) }
                var descriptors = everyone.map { pollfd(fd: $0.master, events: Int16(POLLIN), revents: 0) }
                guard poll(&descriptors, nfds_t(descriptors.count), flood == nil ? 10 : 1) > 0 else { continue }
                for (index, descriptor) in descriptors.enumerated() where descriptor.revents & Int16(POLLIN) != 0 {
                    let read = buffer.withUnsafeMutableBytes { Glibc.read(descriptor.fd, $0.baseAddress, $0.count) }
                    guard read > 0 else { continue }
                    latest = now()
                    if index == everyone.count - 1, first == nil { first = latest }
                }
            }
            if let first { times.append(first - sent) }
        }
        return times
    }

    /// Writes as much of `garbage` as the socket takes now.
    private static func fill(_ descriptor: Int32, with garbage: [UInt8]) {
        while garbage.withUnsafeBytes({ send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT)) }) > 0 {}
    }

    private static func connect(to path: String) -> Int32? {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            return nil
        }
        return descriptor
    }
}

/// Goal 4 of issue 16 on the pty: the first search in the 10,000-page toolkit as a person makes
/// it, the same search once the index is built, and whether arrow keys stay quick in the first
/// seconds after start, while the program works between keys.
enum FirstSearch {
    static let group = "5g. First search on 10,000 pages, on the pty (issue 16)"
    /// What the screen shows once a submitted search has answered. Today Enter opens the first
    /// hit, whose hint line ends in `q quit` (the search prompt's hint line has no quit), so the
    /// marker is the hint line's; a results screen would end its hints in `q quit` too. Adjust
    /// it here if what Enter shows changes.
    static let answeredMarker = PtyBench.toolkitMarker
    /// Text the screen shows when a search found nothing, which would make the figure meaningless.
    static let nothingFound = "No pages match"
    static let query = "commissioning"
    /// A fast typist: 10 keys a second, sent whether or not the program has drawn the last one.
    static let keyInterval = 0.1
    /// How long after the first frame ↓ and ↑ are pressed by turns.
    static let startWindow = 3.0
    /// The letters timed one by one in the prompt: the short prefixes, which match the most words.
    static let timedLetters = 4

    /// What goal 4 takes from this run: the medians from Enter to the answer, and the slowest ↓.
    struct Figures {
        var firstSearch: Double?
        var secondSearch: Double?
        var slowestDown: Double?
    }

    /// One search typed at `keyInterval`: `/`, the query, Enter. Returns the time from Enter to
    /// the last byte of the answer, from `/` to it, and whether the answer was seen.
    private static func search(_ session: PtySession) -> (enter: Double, whole: Double, answered: Bool) {
        let start = now()
        for key in ["/"] + query.map(String.init) {
            session.send(Array(key.utf8))
            session.drain(for: keyInterval)
        }
        let mark = session.output.count
        let enter = now()
        session.send([0x0d])
        let answer = session.readUntilQuiet(marker: Array(answeredMarker.utf8), quiet: PtyBench.quiet, timeout: 60, strict: true)
        let found = !contains(session.output[mark...], Array(nothingFound.utf8))
        return (session.lastByteTime - enter, session.lastByteTime - start, answer.sawMarker && found)
    }

    /// Opens the prompt and types the query's first letters, each once the last one's screen is
    /// complete; returns each letter's time from key to last byte. Leaves the prompt with Esc.
    private static func letters(_ session: PtySession) -> [Double] {
        session.send(Array("/".utf8))
        _ = session.readUntilQuiet(quiet: PtyBench.quiet, timeout: 60, awaitingOutput: true)
        let times = query.prefix(timedLetters).map { letter -> Double in
            let sent = now()
            session.send(Array(String(letter).utf8))
            _ = session.readUntilQuiet(quiet: PtyBench.quiet, timeout: 60, awaitingOutput: true)
            return session.lastByteTime - sent
        }
        session.send([0x1b])
        _ = session.readUntilQuiet(quiet: PtyBench.quiet, timeout: 10, awaitingOutput: true)
        return times
    }

    static func run(_ report: Report, toolkit: String, data: BenchData, scale: Double) -> Figures {
        let arguments = [toolkit, "--content", data.pages10k]
        var first: [(enter: Double, whole: Double, answered: Bool)] = []
        var second: [(enter: Double, whole: Double, answered: Bool)] = []
        var letterTimes: [Double] = []
        let started = now()
        for _ in 0..<InProcess.runs(3, scale) {
            progress("pty: first search on 10,000 pages, session \(first.count + 1)")
            let session = PtySession(arguments)
            _ = session.readUntilQuiet(marker: Array(PtyBench.toolkitMarker.utf8), quiet: PtyBench.quiet, timeout: 20)
            first.append(search(session))
            second.append(search(session))
            letterTimes += letters(session)
            _ = session.finish()
            if now() - started >= 60 * scale { break }
        }
        func add(_ name: String, _ runs: [(enter: Double, whole: Double, answered: Bool)]) -> Double {
            let unanswered = runs.filter { !$0.answered }.count
            let flag = unanswered > 0 ? "; no answer (or nothing found) in \(unanswered) runs!" : ""
            let enter = Samples(runs.map(\.enter))
            report.add(Row(group, "\(name): Enter to the answer on screen", .seconds, enter,
                           note: "'/\(query)' typed at \(Int(1 / keyInterval)) keys a second, then Enter\(flag)"))
            report.add(Row(group, "\(name): '/' to the answer on screen", .seconds, Samples(runs.map(\.whole)),
                           note: "includes \(fixed(Double(query.count + 1) * keyInterval, 1)) s of typing"))
            return enter.median
        }
        var figures = Figures()
        figures.firstSearch = add("first search, right after the first frame", first)
        figures.secondSearch = add("the same search again, index built", second)
        report.add(Row(group, "a letter typed in the search prompt, index built: key to last byte", .seconds, Samples(letterTimes),
                       note: "'\(query.prefix(timedLetters))' one letter at a time, each once the last is drawn; all sessions"))

        var downTimes: [Double] = []
        for _ in 0..<InProcess.runs(3, scale) {
            let session = PtySession(arguments)
            _ = session.readUntilQuiet(marker: Array(PtyBench.toolkitMarker.utf8), quiet: PtyBench.quiet, timeout: 20)
            let application = session.applicationCursorKeys
            let end = now() + startWindow
            while now() < end {
                let sent = now()
                session.send(PtyBench.bytes(for: .down, applicationMode: application))
                if session.readUntilQuiet(quiet: PtyBench.quiet, timeout: 10, awaitingOutput: true).bytes > 0 {
                    downTimes.append(session.lastByteTime - sent)
                }
                session.send(PtyBench.bytes(for: .up, applicationMode: application))
                _ = session.readUntilQuiet(quiet: PtyBench.quiet, timeout: 10, awaitingOutput: true)
            }
            _ = session.finish()
        }
        let downs = Samples(downTimes)
        report.add(Row(group, "↓ in the menu in the first \(fixed(startWindow, 0)) s after the first frame: key to last byte", .seconds, downs,
                       note: "↓ and ↑ by turns, each once the last is drawn; all sessions"))
        figures.slowestDown = downs.max
        return figures
    }
}

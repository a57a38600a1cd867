import CPoll
import Catalog
import Glibc
import Navigation
import Rendering

/// The one event loop, for every mode. It waits, with `ppoll`, for whatever comes first: a key or
/// resize from the terminal, a line on the share link, the next second of the clock, or a stop
/// signal; it reduces each event, keeps any answer in the workbook and reduces the reply, draws
/// the program's screen, and then carries out the other effects.
/// A stop signal or a hung-up terminal reaches the program as `.interrupted` (Ctrl-C as
/// `.interruptedByKey`, which a presenter with a room may answer with a question), and `.idle` is sent
/// only while nothing else is waiting.
public enum EventLoop {
    /// How a run ended: the program as it finished, and the stop signal that ended it, if any (the
    /// caller re-raises it once the terminal is restored).
    public struct Outcome<P: StateMachine> {
        /// The program as it finished.
        public let program: P
        /// The stop signal that ended the run, if one did.
        public let signal: Int32?
    }

    /// Runs `initial` on `terminal` until it finishes, drawing each state with `view`, with `link`
    /// as its other end; restores the terminal and closes the link before returning. Answers go
    /// to `store`, if there is one. `stopRequest` returns a stop signal received since it was last
    /// asked, `clock` reads milliseconds; `trapAfterFirstFrame` crashes on purpose once the screen
    /// is up, so tests can prove that a crash restores the terminal.
    public static func run<P: StateMachine>(
        _ initial: P, view: (P) -> Screen, on terminal: some TerminalDevice, link: ShareLink = .none, store: (any AnswerStore)? = nil,
        stopRequest: () -> Int32?, clock: () -> Int = MonotonicClock.milliseconds,
        trapAfterFirstFrame: Bool = false
    ) -> Outcome<P> {
        let start = clock()
        // The signals that wake the loop (a resize, handled by ncurses, and the stop signals) are
        // let through only while it waits, so none can land between a check and the wait and
        // leave the loop asleep until the next key.
        var waking = sigset_t()
        sigemptyset(&waking)
        for signal in [SIGWINCH, SIGINT, SIGTERM, SIGHUP] { sigaddset(&waking, signal) }
        var unblocked = sigset_t()
        pthread_sigmask(SIG_BLOCK, &waking, &unblocked)
        defer { pthread_sigmask(SIG_SETMASK, &unblocked, nil) }
        var program = initial
        var signal: Int32?
        var followers = link.followerCount
        var room = link.roomCount
        var events: [Event] = [.resized(terminal.size)] + (P.keepsTime ? [.tick(0)] : []) + (followers.map { [.followersChanged($0)] } ?? [])
        var second = 0
        var isFirstFrame = true
        while true {
            // A wake-up that brought no event (a follower's line dropped at the gate, a follower
            // that took its line) changes nothing on screen, so it is not drawn: a flood of
            // garbage then costs the presenter a read, never a frame.
            let hasNews = !events.isEmpty
            var effects: [Effect] = []
            // An answer is kept before the screen shows it, so a screen that shows an answer
            // without "not saved" never shows one the workbook does not hold.
            while !events.isEmpty {
                var produced: [Effect] = []
                for event in events where !program.isFinished {
                    let (next, more) = reduce(program, event)
                    program = next
                    produced += more
                }
                effects += produced
                events = keep(produced, in: store)
            }
            // A Ctrl-C the program answered with a question (a presenter with a room) is not the
            // signal it ends by.
            if !program.isFinished { signal = nil }
            if !program.isFinished, hasNews || isFirstFrame {
                terminal.draw(view(program), fully: isFirstFrame || effects.contains(.repaint))
                if isFirstFrame && trapAfterFirstFrame { fatalError("TOOLKIT_TEST_TRAP is set: crashing on purpose") }
                isFirstFrame = false
            }
            // After the draw, so the room's screen never waits for followers to hear of a move.
            carryOut(effects, link: link, terminal: terminal)
            if program.isFinished { break }

            let elapsed = clock() - start
            let timeout = program.hasIdleWork ? 0 : P.keepsTime || link.isWaitingToReconnect ? 1000 - elapsed % 1000 : -1
            var descriptors = [pollfd(fd: terminal.inputDescriptor, events: Int16(POLLIN), revents: 0)] + link.descriptors
            _ = toolkit_ppoll(&descriptors, nfds_t(descriptors.count), Int32(timeout), &unblocked)
            let isTerminalGone = descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0

            events = link.events(ready: Array(descriptors.dropFirst()), now: clock())
            // Followers come and go both while being served and while being published to.
            if let count = link.followerCount, count != followers {
                followers = count
                events.append(.followersChanged(count))
            }
            if let count = link.roomCount, count != room {
                room = count
                events.append(.roomCounted(count))
            }
            if P.keepsTime, (clock() - start) / 1000 != second {
                second = (clock() - start) / 1000
                events.append(.tick(second))
            }
            let input = terminal.readEvents()
            events += input
            if let received = stopRequest() ?? (isTerminalGone && input.isEmpty ? SIGHUP : nil) {
                signal = received
                events.append(received == SIGINT ? .interruptedByKey : .interrupted)
            } else if events.isEmpty && program.hasIdleWork {
                events = [.idle]
            }
        }
        link.close()
        terminal.stop()
        return Outcome(program: program, signal: signal)
    }

    /// Carries out the workbook's effects, giving the events that report how they went.
    static func keep(_ effects: [Effect], in store: (any AnswerStore)?) -> [Event] {
        effects.compactMap { effect in
            switch effect {
            case .loadAnswers, .save, .refreshAnswers, .keepRoomResult:
                guard let store else { return Self.noStore(effect) }
                return store.reply(to: effect, now: Int64(time(nil)))
            case .repaint, .publish, .readAhead, .copy, .ask, .reveal, .closeQuestion, .tellNotes, .answer, .hand, .clearHands:
                return nil
            }
        }
    }

    /// The reply to a workbook effect when the program was run without a store.
    private static func noStore(_ effect: Effect) -> Event? {
        let reason = "answers are not kept in this mode"
        switch effect {
        case .loadAnswers: return .answersNotLoaded(reason: reason)
        case let .save(answer): return .notSaved(answer, reason: reason)
        // A presenter keeps what the room said only when asked to, with --workbook.
        case .repaint, .publish, .readAhead, .refreshAnswers, .keepRoomResult, .copy, .ask, .reveal, .closeQuestion, .tellNotes, .answer, .hand, .clearHands: return nil
        }
    }

    /// Carries out the effects other than a repaint, which the draw has already done, and the
    /// workbook's, which were carried out before it.
    private static func carryOut(_ effects: [Effect], link: ShareLink, terminal: TerminalDevice) {
        for effect in effects {
            switch effect {
            case .repaint, .loadAnswers, .save, .refreshAnswers, .keepRoomResult: break
            case let .publish(position): link.publish(position)
            case let .readAhead(catalog): _ = catalog.readAhead()
            case let .ask(question): link.ask(question)
            case let .reveal(question, tally): link.reveal(question, tally: tally)
            case let .closeQuestion(question): link.close(question)
            case let .tellNotes(question, tally): link.tellNotes(question, tally: tally)
            case let .answer(question, choice): link.answer(question: question, choice: choice)
            case let .hand(raised): link.hand(raised: raised)
            case let .clearHands(room): link.clearHands(keeping: room)
            case let .copy(text): terminal.copy(text)
            }
        }
    }
}

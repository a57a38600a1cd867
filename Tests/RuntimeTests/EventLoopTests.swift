import BuiltinContent
import Catalog
import Glibc
import Navigation
import Rendering
import Runtime
import Sharing
import TestSupport
import XCTest

/// The one event loop, run against a terminal in memory: scripted events in, screens out. Every
/// mode goes through the same loop, so these tests hold for browsing, presenting and following.
final class EventLoopTests: XCTestCase {
    private static let builtin = try! CatalogLoader.open(BuiltinContent.files).get()
    private let size = Size(columns: 80, rows: 24)

    private func browsing(_ script: [[Event]], stopRequest: @escaping () -> Int32? = { nil }) -> (EventLoop.Outcome<State>, MemoryTerminal) {
        let terminal = MemoryTerminal(size: size, script: script)
        let initial = State(catalog: Fixture.catalog, size: size)
        return (EventLoop.run(initial, view: render, on: terminal, stopRequest: stopRequest, clock: { 0 }), terminal)
    }

    func testEachReadIsReducedThenDrawnOnceAndQuitGivesTheTerminalBack() {
        let (outcome, terminal) = browsing([[.key(.down)], [.key(.enter)], [.key(.character("q"))]])
        XCTAssertTrue(outcome.program.isFinished)
        XCTAssertNil(outcome.signal)
        XCTAssertTrue(terminal.isStopped)
        // The first frame, one after ↓ and one after Enter; none after q.
        XCTAssertEqual(terminal.frames.count, 3)
        XCTAssertEqual(terminal.frames.map(\.fully), [true, false, false])
        var expected = State(catalog: Fixture.catalog, size: size)
        for event in [Event.resized(size), .key(.down), .key(.enter)] { expected = reduce(expected, event).state }
        XCTAssertEqual(terminal.lastScreen, render(expected).text)
    }

    func testCtrlCOnAPresenterWithARoomAsksAndTheAnswerDecidesHowItEnds() {
        let presenter = reduce(Presentation(catalog: Self.builtin, window: size, start: PageID("principles")), .followersChanged(3)).state
        var once: [Int32] = [SIGINT]
        let terminal = MemoryTerminal(size: size, script: [[], [.key(.character("y"))]])
        let answered = EventLoop.run(presenter, view: render, on: terminal, stopRequest: { once.isEmpty ? nil : once.removeFirst() }, clock: { 0 })
        XCTAssertTrue(answered.program.isFinished)
        XCTAssertNil(answered.signal, "ended by y, not by the Ctrl-C it asked about")
        XCTAssertTrue(terminal.frames.contains { $0.screen.text.contains("3 following: quit? y/n") })
        var twice: [Int32] = [SIGINT, SIGINT]
        let again = EventLoop.run(presenter, view: render, on: MemoryTerminal(size: size, script: [[], [], []]),
                                  stopRequest: { twice.isEmpty ? nil : twice.removeFirst() }, clock: { 0 })
        XCTAssertTrue(again.program.isFinished)
        XCTAssertEqual(again.signal, SIGINT, "a second Ctrl-C ends it, by that signal")
    }

    func testKeysReadTogetherAreAllReducedBeforeOneDraw() {
        let (_, terminal) = browsing([[.key(.down), .key(.down), .key(.up)], [.key(.character("q"))]])
        XCTAssertEqual(terminal.frames.count, 2)
        var expected = reduce(State(catalog: Fixture.catalog, size: size), .resized(size)).state
        expected = reduce(expected, .key(.down)).state
        XCTAssertEqual(terminal.lastScreen, render(expected).text)
    }

    func testARepaintEffectRedrawsFully() {
        let (_, terminal) = browsing([[.key(.control("l"))], [.key(.character("q"))]])
        XCTAssertEqual(terminal.frames.map(\.fully), [true, true])
    }

    func testAResizeReachesTheProgramAndIsDrawnAtTheNewSize() {
        let small = Size(columns: 40, rows: 12)
        let (outcome, terminal) = browsing([[.resized(small)], [.key(.character("q"))]])
        XCTAssertEqual(outcome.program.size, small)
        XCTAssertEqual(terminal.frames.last?.screen.size, small)
    }

    func testAStopSignalInterruptsAndIsReturnedToBeReraised() {
        var asked = 0
        let (outcome, terminal) = browsing([[.key(.down)], [.key(.down)]]) {
            asked += 1
            return asked == 1 ? SIGTERM : nil
        }
        XCTAssertEqual(outcome.signal, SIGTERM)
        XCTAssertTrue(outcome.program.isFinished)
        XCTAssertTrue(terminal.isStopped)
        // The key read with the signal is reduced, but nothing is drawn once the program is finished.
        XCTAssertEqual(terminal.frames.count, 1)
    }

    func testATerminalThatHangsUpEndsTheRunAsSIGHUP() {
        let (outcome, terminal) = browsing([[.key(.down)]])
        XCTAssertEqual(outcome.signal, SIGHUP)
        XCTAssertTrue(outcome.program.isFinished)
        XCTAssertTrue(terminal.isStopped)
    }

    func testIdleMomentsReadAheadUntilLinkedFromIsKnown() throws {
        let catalog = try CatalogLoader.open(BuiltinContent.files).get()
        XCTAssertTrue(catalog.hasPagesToReadAhead)
        // Reads that bring nothing (a key that means nothing here) leave the loop idle.
        let terminal = MemoryTerminal(size: size, script: Array(repeating: [], count: 10) + [[.key(.character("q"))]])
        let outcome = EventLoop.run(State(catalog: catalog, size: size), view: render, on: terminal, stopRequest: { nil }, clock: { 0 })
        XCTAssertFalse(catalog.hasPagesToReadAhead)
        XCTAssertNil(outcome.signal)
    }

    func testThePresentersClockArrivesAsTicksEachSecond() {
        var now = 0
        let terminal = MemoryTerminal(size: size, script: [[.key(.right)], [.key(.right)], [.key(.character("q"))]])
        let presentation = Presentation(catalog: Self.builtin, window: size, start: PageID("principles"))
        let outcome = EventLoop.run(presentation, view: render, on: terminal, stopRequest: { nil }, clock: {
            now += 700
            return now
        })
        XCTAssertGreaterThan(outcome.program.clock.elapsed, 0)
        XCTAssertEqual(outcome.program.item, 2)
    }

    func testThePresenterPublishesEachNewPositionAfterDrawingItAndTheEndWhenItQuitsAndCountsItsFollowers() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-runtime-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/present.sock"
        let server = try ShareServer(path: path, group: nil, greeting: ShareMessage.greeting)
        let attendee = try ShareConnection(path: path, maximumLineLength: ShareMessage.maximumLineLength)
        let terminal = MemoryTerminal(size: size, script: [[.key(.right)], [.key(.character("k"))], [.key(.character("q"))]])
        let presentation = Presentation(catalog: Self.builtin, window: size, start: PageID("principles"))
        let outcome = EventLoop.run(presentation, view: render, on: terminal, link: .presenting(server), stopRequest: { nil }, clock: { 0 })
        XCTAssertEqual(outcome.program.followers, 1, "the head count reached the presentation")
        var lines: [String] = []
        while attendee.isOpen { lines += attendee.receive() ?? [] }
        // The follower connected before the first position, so it hears every one: the start, →,
        // and the end; k changes nothing on a short item, so nothing is sent for it.
        XCTAssertEqual(lines, [ShareMessage.greeting, "slide principles 1 0", "slide principles 2 0", "end"])
    }

    func testAFollowerHearsThePresentersLinesAndNoticesWhenTheyStop() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-follow-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/present.sock"
        let server = try ShareServer(path: path, group: nil, greeting: ShareMessage.greeting)
        let connection = try ShareConnection(path: path, maximumLineLength: ShareMessage.maximumLineLength)
        var waiting = server.pollDescriptors
        _ = poll(&waiting, nfds_t(waiting.count), 1000)
        server.service(waiting, now: 0)
        server.publish("slide principles 3 0")
        server.close()
        let terminal = MemoryTerminal(size: size, script: [[], [], [.key(.character("q"))]])
        let outcome = EventLoop.run(Follower(catalog: Self.builtin, window: size), view: render, on: terminal, link: .following(FollowSocket(connection)),
                                    stopRequest: { nil }, clock: { 0 })
        XCTAssertEqual(outcome.program.latest, .ended)
        XCTAssertFalse(outcome.program.isConnected)
        XCTAssertTrue(terminal.lastScreen.contains("Principle 2"), "\(terminal.frames.count) frames; the last:\n\(terminal.lastScreen)")
        XCTAssertFalse(connection.isOpen)
    }

    func testTheLoopAsksTheServerCountsComeBackAsEventsAndTheRevealedTallyReachesFollowers() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-room-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/present.sock"
        let server = try ShareServer(path: path, group: nil, greeting: ShareMessage.greeting)
        let attendee = try ShareConnection(path: path, maximumLineLength: ShareMessage.maximumLineLength)
        // Asks the page's second question, then answers it from the attendee before r and q.
        let terminal = MemoryTerminal(size: size, script: [[.key(.character("a"))], [.key(.down)], [.key(.enter)], [], [.key(.character("r"))], [.key(.character("q"))]])
        let answering = ScriptedAnswer(terminal) { step in
            if step == 3 { attendee.send(.answer(question: 1, choice: 2)) }
        }
        let presentation = Presentation(catalog: Self.builtin, window: size, start: PageID("principles/integration"))
        let outcome = EventLoop.run(presentation, view: render, on: answering, link: .presenting(server), stopRequest: { nil }, clock: { 0 })
        XCTAssertEqual(outcome.program.room.answers, [0, 1, 0], "the answer came back as a count")
        var lines: [String] = []
        while attendee.isOpen { lines += attendee.receive() ?? [] }
        XCTAssertEqual(lines, [ShareMessage.greeting, "slide principles 3 0", "ask 1 question principles/integration 2",
                               "ask 1 question principles/integration 2", "tally 1 0 1 0", "end"])
    }

    func testAFollowersHandReachesThePresentersServerAsACount() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toolkit-hand-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/present.sock"
        let server = try ShareServer(path: path, group: nil, greeting: ShareMessage.greeting)
        defer { server.close() }
        let connection = try ShareConnection(path: path, maximumLineLength: ShareMessage.maximumLineLength)
        var hands: [Int] = []
        let terminal = MemoryTerminal(size: size, script: [[.key(.character("H"))], [], [.key(.character("q"))]])
        let raising = ScriptedAnswer(terminal) { step in
            guard step == 2 else { return }
            for _ in 0..<100 where server.handsRaised == 0 {
                var descriptors = server.pollDescriptors
                _ = poll(&descriptors, nfds_t(descriptors.count), 10)
                server.service(descriptors, now: 0)
            }
            hands.append(server.handsRaised)
        }
        let outcome = EventLoop.run(Follower(catalog: Self.builtin, window: size), view: render, on: raising, link: .following(FollowSocket(connection)),
                                    stopRequest: { nil }, clock: { 0 })
        XCTAssertTrue(outcome.program.isHandRaised)
        XCTAssertEqual(hands, [1], "the presenter's server counts the raised hand")
    }
}

/// A memory terminal that runs `afterRead` with the number of each read, so a test can act from
/// another side (a follower) between two of the presenter's keys.
private final class ScriptedAnswer: TerminalDevice {
    private let terminal: MemoryTerminal
    private let afterRead: (Int) -> Void
    private var reads = 0

    init(_ terminal: MemoryTerminal, afterRead: @escaping (Int) -> Void) {
        self.terminal = terminal
        self.afterRead = afterRead
    }

    var size: Size { terminal.size }
    var inputDescriptor: Int32 { terminal.inputDescriptor }
    func readEvents() -> [Event] {
        let events = terminal.readEvents()
        reads += 1
        afterRead(reads)
        return events
    }
    func draw(_ screen: Screen, fully: Bool) { terminal.draw(screen, fully: fully) }
    func stop() { terminal.stop() }
    func copy(_ text: String) { terminal.copy(text) }
}

import Catalog
import Navigation
import Rendering
import Runtime
import Sharing
import Terminal

/// `toolkit follow`: an attendee's view of a shared presentation, at their own window size.
struct Follow {
    var socket: SocketOption
    var theme: Theme
    var content: ContentOptions
    var plain: Bool

    /// Reads `follow`'s options from what the parser read.
    init(_ parsed: ParsedArguments) {
        socket = SocketOption(parsed)
        theme = parsed.value(.theme).flatMap(Theme.init(rawValue:)) ?? .dark
        content = ContentOptions(parsed)
        plain = parsed.isSet(.plain)
    }

    func run() throws {
        let catalog = try content.loadOrExit()
        if plain {
            try Self.followInLines(catalog: catalog, path: socket.path(forGroup: false))
            return
        }
        try Self.follow(catalog: catalog, path: socket.path(forGroup: false), theme: theme, notes: false, environment: TerminalEnvironment.current())
    }

    /// Follows `path` as lines of plain text in the terminal's own scrollback.
    static func followInLines(catalog: Catalog, path: String) throws {
        let connection = try connect(path)
        StandardOutput.write("Following. Type 1-4 and Enter to answer a question, h and Enter to raise or lower your hand, q and Enter to leave.\n")
        let terminal = LineTerminal(write: StandardOutput.write)
        let follower = Follower(catalog: catalog, window: terminal.size, glyphs: .ascii)
        _ = EventLoop.run(follower, view: FollowerTranscript.screen, on: terminal, link: .following(FollowSocket(connection, path: path)), stopRequest: { nil })
    }

    private static func connect(_ path: String) throws -> ShareConnection {
        do {
            return try ShareConnection(path: path, maximumLineLength: ShareMessage.maximumLineLength)
        } catch {
            StandardError.write("toolkit: \(error)")
            throw Exit(69)
        }
    }

    /// Connects to `path` and follows it, showing the presenter's notes instead when `notes` is set.
    static func follow(catalog: Catalog, path: String, theme: Theme, notes: Bool, environment: TerminalEnvironment) throws {
        let connection = try connect(path)
        let terminal = try FullScreen.open(theme: theme, environment: environment, command: notes ? "present --notes-only" : "follow")
        let follower = Follower(catalog: catalog, window: terminal.size, glyphs: environment.glyphs, showsNotes: notes)
        if let signal = EventLoop.run(follower, view: render, on: terminal, link: .following(FollowSocket(connection, path: path, isNotes: notes)), stopRequest: SignalGuard.takePending).signal { SignalGuard.reraise(signal) }
    }
}

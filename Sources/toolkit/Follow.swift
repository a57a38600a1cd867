import ArgumentParser
import Catalog
import Navigation
import Rendering
import Runtime
import Sharing
import Terminal

/// `toolkit follow`: an attendee's view of a shared presentation, at their own window size.
struct Follow: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Follow a presentation shared with toolkit present --share, on your own screen.",
        discussion: "Shows the presenter's item, laid out for your window. Press f to explore on your own (any key that moves does that too) and f again to rejoin. You can never move the presenter."
    )

    @OptionGroup var socket: SocketOption

    @Option(name: .long, help: "Colours: dark (the default), light or high-contrast. NO_COLOR turns colour off.")
    var theme: Theme = .dark

    @OptionGroup var content: ContentOptions

    func run() throws {
        let catalog = try content.loadOrExit()
        try Self.follow(catalog: catalog, path: socket.path(forGroup: false), theme: theme, notes: false, environment: TerminalEnvironment.current())
    }

    /// Connects to `path` and follows it, showing the presenter's notes instead when `notes` is set.
    static func follow(catalog: Catalog, path: String, theme: Theme, notes: Bool, environment: TerminalEnvironment) throws {
        let connection: ShareConnection
        do {
            connection = try ShareConnection(path: path, maximumLineLength: ShareMessage.maximumLineLength)
        } catch {
            StandardError.write("toolkit: \(error)")
            throw ExitCode(69)
        }
        let terminal = try FullScreen.open(theme: theme, environment: environment, command: notes ? "present --notes-only" : "follow")
        let follower = Follower(catalog: catalog, window: terminal.size, glyphs: environment.glyphs, showsNotes: notes)
        if let signal = EventLoop.run(follower, view: render, on: terminal, link: .following(FollowSocket(connection, path: path, isNotes: notes)), stopRequest: SignalGuard.takePending).signal { SignalGuard.reraise(signal) }
    }
}

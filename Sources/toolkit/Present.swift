import ArgumentParser
import Glibc
import Catalog
import Navigation
import Rendering
import Runtime
import Sharing
import Terminal

/// `toolkit present`: the toolkit laid out for a room, one item per screen, with a timer, the
/// keys pressed shown to the room, and optionally shared with followers.
struct Present: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Present the toolkit in a workshop: one item per screen, a timer, and followers.",
        discussion: """
            Steps through the pages of a menu one per screen (the five correctives, the nine \
            principles): → or Space for the next, ← for the previous, g 3 Enter to jump, Enter to open \
            the page, t to pause the timer, b to blank the screen, ? for every key. With --share, \
            attendees on the same machine run toolkit follow to see the same item on their own screens; \
            toolkit present --notes-only in a second terminal shows your notes for the current item.
            """
    )

    @Argument(help: ArgumentHelp("The menu to present, or a page to start at (default: the toolkit menu).", valueName: "PAGE-ID"))
    var page: String?

    @Option(name: .long, help: ArgumentHelp("Lay out as if the window were this size (at least 20x6), centred, so the look does not change with the projector.", valueName: "COLUMNSxROWS"))
    var canvas: Canvas?

    @Option(name: .long, help: ArgumentHelp("The session's length, for a countdown beside the timer.", valueName: "MINUTES"))
    var minutes: Int?

    @Flag(name: .long, help: "Publish where you are on a socket, so attendees can run toolkit follow.")
    var share = false

    @Option(name: .long, help: ArgumentHelp("Let this Unix group follow too (the socket is otherwise open only to you).", valueName: "GROUP"))
    var shareGroup: String?

    @OptionGroup var socket: SocketOption

    @Option(name: .long, help: ArgumentHelp("What attendees on other machines type to follow, shown large by J: for example \"ssh -t workshop@example.org\".", valueName: "COMMAND"))
    var joinCommand: String?

    @Flag(name: .customLong("print-ssh-setup"), help: "Print the lines that let attendees follow over SSH and do nothing else (an authorized_keys prefix and an sshd Match block, naming this binary and the socket), then exit.")
    var printSSHSetup = false

    @Flag(name: .long, help: "Show the notes for the presenter's current item instead of presenting: run it in a second terminal while the presentation is shared.")
    var notesOnly = false

    @Option(name: .long, help: "Colours: dark (the default), light or high-contrast. NO_COLOR turns colour off.")
    var theme: Theme = .dark

    @OptionGroup var content: ContentOptions

    func validate() throws {
        if let minutes, !(1...1440).contains(minutes) { throw ValidationError("--minutes must be between 1 and 1440") }
        if printSSHSetup && (notesOnly || canvas != nil || minutes != nil || page != nil) {
            throw ValidationError("--print-ssh-setup prints and exits; it takes only --socket and --share-group")
        }
        if notesOnly && (share || shareGroup != nil || canvas != nil || minutes != nil || page != nil) {
            throw ValidationError("--notes-only follows the presenter; it takes only --socket, --theme and --content")
        }
    }

    func run() throws {
        if printSSHSetup {
            return StandardOutput.write(SSHSetup.text(binary: Self.executablePath, socket: socket.path(forGroup: shareGroup != nil), group: shareGroup))
        }
        let catalog = try content.loadOrExit()
        let environment = TerminalEnvironment.current()
        if notesOnly {
            return try Follow.follow(catalog: catalog, path: socket.path(forGroup: false), theme: theme, notes: true, environment: environment)
        }
        let start = try PageLookup.resolve(page, in: catalog)
        let terminal = try FullScreen.open(theme: theme, environment: environment, command: "present")
        var link = ShareLink.none
        var notice: String?
        var join: JoinInstructions?
        if share || shareGroup != nil || socket.socket != nil {
            let path = socket.path(forGroup: shareGroup != nil)
            do {
                link = .presenting(try ShareServer(path: path, group: shareGroup, greeting: ShareMessage.greeting))
            } catch {
                terminal.stop()
                StandardError.write("toolkit: \(error)")
                throw ExitCode(69)
            }
            let local = "toolkit follow" + (path == SocketPath.standard() ? "" : " --socket \(path)")
            notice = "Sharing: attendees run \(local)" + (joinCommand == nil ? "" : " \(environment.glyphs.dot) J shows how to join")
            join = JoinInstructions(remote: joinCommand, local: local)
        }
        let presentation = Presentation(catalog: catalog, window: terminal.size, glyphs: environment.glyphs, start: start,
                                        canvas: canvas?.size, minutes: minutes, notice: notice, join: join)
        if let signal = EventLoop.run(presentation, view: render, on: terminal, link: link, stopRequest: SignalGuard.takePending).signal { SignalGuard.reraise(signal) }
    }
}

extension Present {
    /// This program's own path, for the forced command: what /proc/self/exe names, else argv[0].
    static var executablePath: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return CommandLine.arguments.first ?? "toolkit" }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// A `--canvas` value: `100x30`.
struct Canvas: ExpressibleByArgument {
    /// The size it names.
    let size: Size

    init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x")
        guard parts.count == 2, let columns = Int(parts[0]), let rows = Int(parts[1]),
              columns >= Frame.minimum.columns, rows >= Frame.minimum.rows, columns <= 1000, rows <= 1000 else { return nil }
        size = Size(columns: columns, rows: rows)
    }
}

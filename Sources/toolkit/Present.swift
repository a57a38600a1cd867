import Glibc
import Catalog
import Navigation
import Rendering
import Runtime
import Sharing
import Terminal
import Workbook

/// `toolkit present`: the toolkit laid out for a room, one item per screen, with a timer, the
/// keys pressed shown to the room, and optionally shared with followers.
struct Present {
    var page: String?
    var canvas: Canvas?
    /// Checked by the parser against `--minutes`'s range.
    var minutes: Int?
    var share: Bool
    var shareGroup: String?
    var socket: SocketOption
    var joinCommand: String?
    var printSSHSetup: Bool
    var notesOnly: Bool
    /// The workbook what the room said is kept in (`--workbook`), when one is named.
    var workbook: String?
    var theme: Theme
    var content: ContentOptions

    /// Reads `present`'s options from what the parser read, refusing the combinations that
    /// mean nothing.
    init(_ parsed: ParsedArguments) throws(UsageError) {
        page = parsed.operand
        if let written = parsed.value(.canvas) {
            guard let canvas = Canvas(written) else {
                throw UsageError(message: "--canvas must be COLUMNSxROWS, from \(Frame.minimum.columns)x\(Frame.minimum.rows) to 1000x1000, not \(VisibleText.make(written))", command: "present")
            }
            self.canvas = canvas
        }
        minutes = parsed.integer(.minutes)
        share = parsed.isSet(.share)
        shareGroup = parsed.value(.shareGroup)
        socket = SocketOption(parsed)
        joinCommand = parsed.value(.joinCommand)
        printSSHSetup = parsed.isSet(.printSSHSetup)
        notesOnly = parsed.isSet(.notesOnly)
        workbook = parsed.value(.workbook)
        theme = parsed.value(.theme).flatMap(Theme.init(rawValue:)) ?? .dark
        content = ContentOptions(parsed)
        if printSSHSetup && (notesOnly || canvas != nil || minutes != nil || page != nil) {
            throw UsageError(message: "--print-ssh-setup prints and exits; it takes only --socket and --share-group", command: "present")
        }
        if notesOnly && (share || shareGroup != nil || canvas != nil || minutes != nil || page != nil || workbook != nil) {
            throw UsageError(message: "--notes-only follows the presenter; it takes only --socket, --theme and --content", command: "present")
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
        if let workbook {
            do throws(WorkbookStoreError) { try WorkbookName.validate(workbook) } catch {
                StandardError.write("toolkit: \(error)")
                throw Exit(error.exitCode)
            }
        }
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
                throw Exit(69)
            }
            let local = "toolkit follow" + (path == SocketPath.standard() ? "" : " --socket \(path)")
            notice = "Sharing: attendees run \(local)" + (joinCommand == nil ? "" : " \(environment.glyphs.dot) J shows how to join")
            join = JoinInstructions(remote: joinCommand, local: local)
        }
        let presentation = Presentation(catalog: catalog, window: terminal.size, glyphs: environment.glyphs, start: start,
                                        canvas: canvas?.size, minutes: minutes, notice: notice, join: join)
        // The two variables that place the workbook file; it is opened when a question first closes.
        let placing = ["XDG_DATA_HOME", "HOME"].reduce(into: [String: String]()) { $0[$1] = TerminalEnvironment.variable($1) }
        let store = workbook.map { WorkbookAnswerStore(workbook: $0, environment: placing) }
        if let signal = EventLoop.run(presentation, view: render, on: terminal, link: link, store: store, stopRequest: SignalGuard.takePending).signal {
            SignalGuard.reraise(signal)
        }
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
struct Canvas {
    /// The size it names.
    let size: Size

    /// The canvas `argument` names, or nil when it is not COLUMNSxROWS within bounds.
    init?(_ argument: String) {
        let parts = argument.lowercased().split(separator: "x")
        guard parts.count == 2, let columns = Int(parts[0]), let rows = Int(parts[1]),
              columns >= Frame.minimum.columns, rows >= Frame.minimum.rows, columns <= 1000, rows <= 1000 else { return nil }
        size = Size(columns: columns, rows: rows)
    }
}

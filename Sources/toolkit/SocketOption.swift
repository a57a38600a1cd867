import ArgumentParser
import Sharing

/// The `--socket PATH` option shared by `present` and `follow`.
struct SocketOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The socket to share on or follow (default: $XDG_RUNTIME_DIR/toolkit/present.sock).", valueName: "PATH"))
    var socket: String?

    /// The path given, or the default one.
    func path(forGroup: Bool) -> String {
        socket ?? SocketPath.standard(forGroup: forGroup)
    }
}

import Sharing

/// The `--socket PATH` option shared by `present` and `follow`.
struct SocketOption {
    /// The path given, if any.
    var socket: String?

    /// Reads `--socket` from what the parser read.
    init(_ parsed: ParsedArguments) {
        socket = parsed.value(.socket)
    }

    /// The path given, or the default one.
    func path(forGroup: Bool) -> String {
        socket ?? SocketPath.standard(forGroup: forGroup)
    }
}

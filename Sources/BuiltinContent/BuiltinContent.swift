/// The toolkit that ships inside the binary: the package's `Content/` folder, embedded at build
/// time by `EmbedContentPlugin` (see `files`).
public enum BuiltinContent {}

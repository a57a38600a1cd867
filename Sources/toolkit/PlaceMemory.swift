import Catalog
import Glibc

/// Remembers the reader's page and scroll between runs, in a small file under
/// `$XDG_STATE_HOME/toolkit/` (else `~/.local/state/toolkit/`): three lines, the content's origin,
/// the page id and the scroll. Anything unreadable or stale is ignored.
struct PlaceMemory {
    /// Which content the place belongs to: `built-in` or the `--content` folder.
    let origin: String

    private var folder: String? {
        if let state = TerminalEnvironment.variable("XDG_STATE_HOME"), state.hasPrefix("/") { return state + "/toolkit" }
        guard let home = TerminalEnvironment.variable("HOME"), home.hasPrefix("/") else { return nil }
        return home + "/.local/state/toolkit"
    }

    /// The remembered page and scroll, if they are for this content and the page still exists.
    func recall(in catalog: Catalog) -> (page: PageID, scroll: Int)? {
        guard let folder, let file = fopen(folder + "/place", "r") else { return nil }
        defer { fclose(file) }
        var lines: [String] = []
        var buffer = [CChar](repeating: 0, count: 4096)
        while lines.count < 3, fgets(&buffer, Int32(buffer.count), file) != nil {
            let line = buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            lines.append(String(line.drop { $0 == "\n" }.reversed().drop { $0 == "\n" }.reversed()))
        }
        guard lines.count == 3, lines[0] == origin, let id = catalog.resolve(lines[1]), let scroll = Int(lines[2]), scroll >= 0 else {
            return nil
        }
        return (id, scroll)
    }

    /// Saves the page and scroll; failures are ignored (the next run simply starts at the menu).
    func remember(_ page: PageID, scroll: Int) {
        guard let folder else { return }
        var path = ""
        for component in folder.split(separator: "/") {
            path += "/" + component
            mkdir(path, 0o700)
        }
        let temporary = folder + "/place.tmp"
        guard let file = fopen(temporary, "w") else { return }
        fputs("\(origin)\n\(page)\n\(scroll)\n", file)
        fclose(file)
        rename(temporary, folder + "/place")
    }
}

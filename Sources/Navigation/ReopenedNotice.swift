import Catalog
import Layout

/// What the status line says when `toolkit` reopens the place the last run left: that it did,
/// and how to reach the toolkit menu from there, with the key the keymap gives for going up.
enum ReopenedNotice {
    /// The notice for reopening `id` (nil at the toolkit menu, which is where a run starts anyway).
    static func text(at id: PageID, in catalog: Catalog, glyphs: Glyphs) -> String? {
        let levels = catalog.ancestry(of: id).count - 1
        let context: Context = catalog[id].isMenu ? .menu : .page
        guard levels > 0,
              let up = Keymap.bindings.first(where: { $0.command == .up && $0.contexts.contains(context) })?.keys.first
        else { return nil }
        let key = up.name(arrows: ArrowNames(glyphs))
        let times = levels == 1 ? "" : levels == 2 ? " twice" : " \(levels) times"
        return "Reopened where you left off: press \(key)\(times) for the toolkit menu."
    }
}

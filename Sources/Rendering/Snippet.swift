import Catalog
import Layout

/// The part of a matching line around its first match, cut to fit a width.
enum Snippet {
    /// Up to `width` columns of the hit's line, starting a little before the match.
    static func around(_ hit: SearchIndex.Hit, width: Int, ellipsis: String) -> String {
        let characters = Array(hit.line)
        let lead = max(0, min(hit.matchStart - 12, characters.count - width))
        var text = String(characters[lead...])
        if lead > 0 { text = ellipsis + text }
        return DisplayWidth.truncate(text, to: width, ellipsis: ellipsis)
    }
}

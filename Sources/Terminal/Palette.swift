import CNcursesw
import Layout

/// Maps styles to curses attributes: a calm colour theme where the terminal has colour and
/// `NO_COLOR` is unset, bold, underline, dim and reverse alone otherwise.
struct Palette {
    private var pairs: [Style.Role: Int16] = [:]
    private var dimMuted = true

    /// Sets up colour pairs if colour is available and wanted.
    init(useColor: Bool) {
        guard useColor, has_colors(), start_color() == OK else { return }
        use_default_colors()
        let brightBlack: Int16 = toolkit_colors() >= 16 ? 8 : -1
        let scheme: [(Style.Role, Int16, Int16)] = [
            (.title, Int16(COLOR_CYAN), -1),
            (.heading, Int16(COLOR_CYAN), -1),
            (.link, Int16(COLOR_GREEN), -1),
            (.code, Int16(COLOR_MAGENTA), -1),
            (.quote, Int16(COLOR_YELLOW), -1),
            (.muted, brightBlack, -1),
            (.chrome, Int16(COLOR_WHITE), Int16(COLOR_BLUE)),
            (.notice, Int16(COLOR_YELLOW), -1),
        ]
        for (index, entry) in scheme.enumerated() {
            let pair = Int16(index + 1)
            init_pair(pair, entry.1, entry.2)
            pairs[entry.0] = pair
        }
        dimMuted = brightBlack < 0
    }

    /// The attributes to draw a style with.
    func attributes(for style: Style) -> attr_t {
        var attributes = toolkit_a_normal()
        if let pair = pairs[style.role] {
            attributes |= toolkit_color_pair(pair)
        } else if style.role == .chrome {
            attributes |= toolkit_a_reverse()
        }
        if style.role == .muted && dimMuted { attributes |= toolkit_a_dim() }
        if style.bold || (pairs.isEmpty && (style.role == .title || style.role == .heading || style.role == .notice)) {
            attributes |= toolkit_a_bold()
        }
        if style.underline || style.italic { attributes |= toolkit_a_underline() }
        if style.reverse { attributes ^= toolkit_a_reverse() }
        return attributes
    }
}

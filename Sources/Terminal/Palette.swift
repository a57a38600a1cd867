import CNcursesw
import Layout

/// Maps styles to curses attributes: the theme's colours where the terminal has colour and it is
/// wanted (256-colour shades where there are 256), bold, underline, dim and reverse alone otherwise.
struct Palette {
    private var pairs: [Style.Role: Int16] = [:]
    private var dimsMuted = true
    private let theme: Theme

    /// Sets up colour pairs if colour is available and wanted.
    init(theme: Theme, useColor: Bool) {
        self.theme = theme
        guard useColor, has_colors(), start_color() == OK else { return }
        use_default_colors()
        let extended = toolkit_colors() >= 256
        let roles: [Style.Role] = [.text, .title, .heading, .link, .code, .quote, .muted, .chrome, .notice]
        // Roles of the same colours share a pair: curses writes a colour change between two
        // pairs even when their colours are the same (19 bytes a span in high contrast).
        var made: [[Int16]: Int16] = [:]
        for role in roles {
            guard let colors = theme.colors(for: role) else { continue }
            let (foreground, background) = extended ? colors.extended : colors.basic
            if foreground < 0 && background < 0 { continue }
            if let pair = made[[foreground, background]] {
                pairs[role] = pair
                continue
            }
            let pair = Int16(made.count + 1)
            init_pair(pair, foreground, background)
            made[[foreground, background]] = pair
            pairs[role] = pair
        }
        dimsMuted = theme.dimsMutedText && pairs[.muted] == nil
        if let text = pairs[.text] { wbkgdset(toolkit_stdscr(), chtype(toolkit_color_pair(text)) | chtype(UInt8(ascii: " "))) }
    }

    /// The attributes to draw a style with.
    func attributes(for style: Style) -> attr_t {
        var attributes = toolkit_a_normal()
        if let pair = pairs[style.role] ?? pairs[.text] {
            attributes |= toolkit_color_pair(pair)
        }
        if pairs[style.role] == nil && style.role == .chrome { attributes |= toolkit_a_reverse() }
        if style.role == .muted && dimsMuted { attributes |= toolkit_a_dim() }
        let emphasised = style.role == .title || style.role == .heading || style.role == .notice
        if style.bold || theme.boldEverywhere || (pairs.isEmpty && emphasised) { attributes |= toolkit_a_bold() }
        if style.underline || style.italic { attributes |= toolkit_a_underline() }
        if style.mark { attributes |= toolkit_a_reverse() | toolkit_a_bold() | toolkit_a_underline() }
        if style.reverse { attributes ^= toolkit_a_reverse() }
        return attributes
    }
}

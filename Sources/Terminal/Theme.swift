import Layout

/// A colour theme: which colour each role gets, on 8-colour and on 256-colour terminals.
public enum Theme: String, CaseIterable, Sendable {
    /// Calm colours for a dark background (the default).
    case dark
    /// Deeper colours for a light background.
    case light
    /// Strong colours on black, bold text, nothing dimmed: for projectors and low vision.
    case highContrast = "high-contrast"

    /// A role's colours: foreground and background, as curses colour numbers (-1 is the
    /// terminal's own), for 8 and for 256 colours.
    struct Colors {
        var basic: (Int16, Int16)
        var extended: (Int16, Int16)
    }

    /// The colours of each role in this theme.
    func colors(for role: Style.Role) -> Colors? {
        let black: Int16 = 0, red: Int16 = 1, green: Int16 = 2, yellow: Int16 = 3, blue: Int16 = 4,
            magenta: Int16 = 5, cyan: Int16 = 6, white: Int16 = 7, none: Int16 = -1
        switch (self, role) {
        case (.dark, .title): return Colors(basic: (cyan, none), extended: (117, none))
        case (.dark, .heading): return Colors(basic: (cyan, none), extended: (110, none))
        case (.dark, .link): return Colors(basic: (green, none), extended: (114, none))
        case (.dark, .code): return Colors(basic: (magenta, none), extended: (176, none))
        case (.dark, .quote): return Colors(basic: (yellow, none), extended: (180, none))
        case (.dark, .muted): return Colors(basic: (none, none), extended: (245, none))
        case (.dark, .chrome): return Colors(basic: (white, blue), extended: (255, 24))
        case (.dark, .notice): return Colors(basic: (yellow, none), extended: (221, none))
        case (.light, .title): return Colors(basic: (blue, none), extended: (25, none))
        case (.light, .heading): return Colors(basic: (blue, none), extended: (24, none))
        case (.light, .link): return Colors(basic: (green, none), extended: (28, none))
        case (.light, .code): return Colors(basic: (magenta, none), extended: (90, none))
        case (.light, .quote): return Colors(basic: (red, none), extended: (94, none))
        case (.light, .muted): return Colors(basic: (none, none), extended: (242, none))
        case (.light, .chrome): return Colors(basic: (white, blue), extended: (255, 25))
        case (.light, .notice): return Colors(basic: (red, none), extended: (160, none))
        case (.highContrast, .text): return Colors(basic: (white, black), extended: (231, 16))
        case (.highContrast, .title), (.highContrast, .heading), (.highContrast, .notice):
            return Colors(basic: (yellow, black), extended: (226, 16))
        case (.highContrast, .link): return Colors(basic: (cyan, black), extended: (51, 16))
        case (.highContrast, .code), (.highContrast, .quote), (.highContrast, .muted):
            return Colors(basic: (white, black), extended: (231, 16))
        case (.highContrast, .chrome): return Colors(basic: (black, white), extended: (16, 231))
        default: return nil
        }
    }

    /// Whether secondary text may be drawn dim (never in high contrast).
    var dimsMutedText: Bool { self != .highContrast }

    /// Whether every role is drawn bold (high contrast, for projectors).
    var boldEverywhere: Bool { self == .highContrast }
}

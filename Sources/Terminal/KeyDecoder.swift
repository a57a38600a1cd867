import CNcursesw
import Navigation

/// Turns what `get_wch` returns into events: function keys by code, characters by value.
enum KeyDecoder {
    /// The event for a function-key code (`KEY_UP`, `KEY_RESIZE`, ...), if it means anything here.
    static func event(forKeyCode code: Int32, size: () -> Size) -> Event? {
        switch code {
        case KEY_RESIZE: return .resized(size())
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_HOME, KEY_A1: return .key(.home)
        case KEY_END, KEY_C1: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_BTAB: return .key(.backTab)
        case toolkit_key_mouse(): return mouseEvent()
        default: return nil
        }
    }

    /// The mouse event curses has queued, if it is one the navigator uses.
    private static func mouseEvent() -> Event? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        if event.bstate & toolkit_button4_pressed() != 0 { return .mouse(.wheelUp) }
        if event.bstate & toolkit_button5_pressed() != 0 { return .mouse(.wheelDown) }
        if event.bstate & (toolkit_button1_clicked() | toolkit_button1_released()) != 0 {
            return .mouse(.click(row: Int(event.y), column: Int(event.x)))
        }
        return nil
    }

    /// The event for a character typed (control characters included).
    static func event(forCharacter value: UInt32) -> Event? {
        switch value {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 8, 127: return .key(.backspace)
        case 27: return .key(.escape)
        case 1...26: return .key(.control(Character(Unicode.Scalar(value + 96)!)))
        case 0, 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }
}

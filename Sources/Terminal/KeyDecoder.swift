import CNcursesw
import Navigation

/// Turns what `get_wch` returns into events: function keys by code, characters by value, and the
/// escape sequences curses does not know swallowed whole.
enum KeyDecoder {
    /// One read of the keyboard: a character (control characters included) or a function-key code.
    enum Input: Equatable {
        case character(UInt32)
        case keyCode(Int32)
    }

    /// Every event `window` has ready, read until curses has nothing more within the window's
    /// timeout; what means nothing here is dropped.
    static func readyEvents(from window: UnsafeMutablePointer<WINDOW>?, size: () -> Size) -> [Event] {
        var events: [Event] = []
        while let input = read(window) {
            let decoded: Event?
            switch input {
            case let .keyCode(code): decoded = event(forKeyCode: code, size: size)
            case .character(27): decoded = event(afterEscape: { readFollowing(window) }, pushBack: unread)
            case let .character(value): decoded = event(forCharacter: value)
            }
            if let decoded { events.append(decoded) }
        }
        return events
    }

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
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case toolkit_key_mouse(): return mouseEvent()
        // Terminfo entries with xterm's modified keys (kRIT3) give Alt-→ a code of its own.
        case let code where code == key_defined(altRightSequence): return .key(.altRight)
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

    /// What xterm sends for Alt-→.
    static let altRightSequence = "\u{1b}[1;3C"

    /// The event for an Esc and what came straight after it (`next` gives nil once nothing more
    /// is waiting). When curses does not know a sequence it hands over its bytes one by one, and
    /// read as keys `ESC [ 2 0 0 ~` would be Esc, previous page, open item 2: so a whole CSI
    /// (`ESC [`, parameters, intermediates, a final byte) or SS3 (`ESC O`) sequence is dropped,
    /// except Alt-→ (as a sequence, or as Esc before →, which is how meta-sends-escape terminals
    /// send it). Esc before anything else is Esc, and what followed is given back with `pushBack`.
    static func event(afterEscape next: () -> Input?, pushBack: (Input) -> Void) -> Event? {
        switch next() {
        case nil:
            return .key(.escape)
        case .keyCode(KEY_RIGHT):
            return .key(.altRight)
        case let .character(introducer) where introducer == 0x5B || introducer == 0x4F:
            guard let rest = controlSequence(next: next, pushBack: pushBack) else { return nil }
            let sequence = "\u{1b}\(Unicode.Scalar(UInt8(introducer)))\(rest)"
            if sequence == pasteStart { return .pasted(pastedText(next: next)) }
            return sequence == altRightSequence ? .key(.altRight) : nil
        case let following?:
            pushBack(following)
            return .key(.escape)
        }
    }

    /// What a terminal in bracketed-paste mode sends before and after pasted text.
    static let pasteStart = "\u{1b}[200~", pasteEnd = "\u{1b}[201~"

    /// The text pasted, read up to the sequence that ends it (or until nothing more comes);
    /// function keys inside it mean nothing and are dropped.
    static func pastedText(next: () -> Input?) -> String {
        var text = String.UnicodeScalarView()
        let end = Array(pasteEnd.unicodeScalars)
        while let input = next() {
            guard case let .character(value) = input, let scalar = Unicode.Scalar(value) else { continue }
            text.append(scalar)
            if scalar == end.last, text.count >= end.count, text.suffix(end.count).elementsEqual(end) {
                text.removeLast(end.count)
                break
            }
        }
        return String(text)
    }

    /// The rest of a control sequence up to and including its final byte, or nil if it stopped
    /// short (then whatever broke it off is given back).
    private static func controlSequence(next: () -> Input?, pushBack: (Input) -> Void) -> String? {
        var sequence = ""
        while let input = next() {
            guard case let .character(value) = input, (0x20...0x7E).contains(value), let scalar = Unicode.Scalar(value) else {
                pushBack(input)
                return nil
            }
            sequence.unicodeScalars.append(scalar)
            // Parameter bytes are 0x30-0x3F and intermediate bytes 0x20-0x2F; 0x40-0x7E ends it.
            if value >= 0x40 { return sequence }
        }
        return nil
    }

    /// One read from `window` within its timeout.
    private static func read(_ window: UnsafeMutablePointer<WINDOW>?) -> Input? {
        var character: wint_t = 0
        switch wget_wch(window, &character) {
        case KEY_CODE_YES: return .keyCode(Int32(character))
        case OK: return .character(UInt32(character))
        default: return nil
        }
    }

    /// A read that waits only as long as curses waits for the rest of a key's sequence: what
    /// belongs to the Esc just read is already there or follows within that time.
    private static func readFollowing(_ window: UnsafeMutablePointer<WINDOW>?) -> Input? {
        let delay = wgetdelay(window)
        wtimeout(window, get_escdelay())
        defer { wtimeout(window, delay) }
        return read(window)
    }

    /// Gives `input` back to curses, to be read next.
    private static func unread(_ input: Input) {
        switch input {
        case let .character(value): unget_wch(wchar_t(bitPattern: value))
        case let .keyCode(code): ungetch(code)
        }
    }
}

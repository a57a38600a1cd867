import Catalog
import Layout

/// The prompt's sub-reducer: a key while the search or go-to line is open.
extension State {
    /// A key while the prompt is open: commands from the keymap, any other character typed.
    mutating func type(_ key: Key) -> [Effect] {
        guard var current = prompt else { return [] }
        let command = Keymap.command(for: key, in: .prompt)
        if let command, current.edit(command) {
            // Backspace on an empty line keeps the prompt open: closing it made the next letters
            // typed run as commands. Esc closes.
            let edited = current.text != prompt?.text
            if edited { current.selection = 0 }
            prompt = current
            if edited { refreshPrompt() }
            return []
        }
        switch command {
        case .close?:
            prompt = nil
        case .repaint?:
            return [.repaint]
        case .moveDown?, .moveUp?:
            let step = command == .moveDown ? 1 : -1
            current.selection = min(max(0, current.selection + step), max(0, current.pages.count - 1))
            prompt = current
            scrollPromptToSelection()
        case .complete?:
            guard current.kind == .goTo, current.pages.indices.contains(current.selection) else { break }
            current.text = current.pages[current.selection].path
            current.cursor = current.text.count
            prompt = current
            refreshPrompt()
        case .submit?:
            submit(current)
        default:
            guard case let .character(character) = key, !character.unicodeScalars.contains(where: VisibleText.needsEscaping) else { break }
            current.insert(character)
            current.selection = 0
            current.scroll = 0
            prompt = current
            refreshPrompt()
        }
        return []
    }
}

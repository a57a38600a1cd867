import Catalog
import Layout

/// The prompt's sub-reducer: a key while the search or go-to line is open.
extension State {
    /// A key while the prompt is open: commands from the keymap, any other character typed.
    mutating func type(_ key: Key) -> [Effect] {
        guard var current = prompt else { return [] }
        switch Keymap.command(for: key, in: .prompt) {
        case .close?:
            prompt = nil
        case .repaint?:
            return [.repaint]
        case .deleteBackward?:
            if current.text.isEmpty {
                prompt = nil
            } else {
                current.text.removeLast()
                current.selection = 0
                prompt = current
                refreshPrompt()
            }
        case .moveDown?, .moveUp?:
            let step = Keymap.command(for: key, in: .prompt) == .moveDown ? 1 : -1
            current.selection = min(max(0, current.selection + step), max(0, current.pages.count - 1))
            prompt = current
            scrollPromptToSelection()
        case .complete?:
            guard current.kind == .goTo, current.pages.indices.contains(current.selection) else { break }
            current.text = current.pages[current.selection].path
            prompt = current
            refreshPrompt()
        case .submit?:
            submit(current)
        default:
            guard case let .character(character) = key, !character.unicodeScalars.contains(where: VisibleText.needsEscaping) else { break }
            current.text.append(character)
            current.selection = 0
            current.scroll = 0
            prompt = current
            refreshPrompt()
        }
        return []
    }
}

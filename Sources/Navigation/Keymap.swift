/// Which set of bindings applies.
public enum Context: Hashable, Sendable, CaseIterable {
    /// A menu of pages.
    case menu
    /// A page of text.
    case page
    /// A list of search results.
    case results
    /// Typing in the search or go-to prompt.
    case prompt
    /// Writing a note on a checklist item.
    case note
    /// The page information screen.
    case info
    /// The help screen.
    case help
    /// The outline of a page's headings.
    case outline
    /// A reference shown to be copied by hand.
    case citation
    /// A presentation's slide.
    case slide
    /// Anywhere in a presentation, for the presenter.
    case presenting
    /// Typing an item's number after `g` in a presentation.
    case jumping
    /// Anywhere while following a presenter.
    case following
    /// Choosing a question to ask the room, after `a`.
    case choosing

    /// The contexts of the navigator, in the order its help screen lists them.
    public static let reading: [Context] = [.menu, .page, .results, .prompt, .note, .outline, .citation, .info, .help]
    /// The contexts of a presentation, in the order the presenter's help screen lists them.
    public static let presentation: [Context] = [.slide, .presenting, .choosing, .jumping, .following] + reading

    /// The heading this context has on the help screen.
    public var title: String {
        switch self {
        case .menu: return "In a menu"
        case .page: return "On a page"
        case .results: return "In search results"
        case .prompt: return "While typing a search or go-to"
        case .note: return "While writing a note on a checklist item"
        case .info: return "On the page information screen"
        case .help: return "On this help screen"
        case .outline: return "In a page's outline"
        case .citation: return "On a reference shown to copy by hand"
        case .slide: return "Presenting: on a slide"
        case .presenting: return "Presenting: anywhere, for the presenter"
        case .jumping: return "Presenting: after g"
        case .following: return "Following a presenter"
        case .choosing: return "Presenting: choosing a question to ask (after a)"
        }
    }
}

/// One row of the keymap: the keys, the command they give in some contexts, and the help text.
public struct Binding: Sendable {
    /// The keys, the first being the one hints show.
    public var keys: [Key]
    /// What they do.
    public var command: Command
    /// Where they apply.
    public var contexts: Set<Context>
    /// A sentence for the help screen.
    public var help: String
    /// How the keys are written on the help screen when listing them one by one would be too long.
    public var keyLabel: String?
}

/// A line of the help screen.
public enum HelpLine: Equatable, Sendable {
    /// A context's heading.
    case heading(String)
    /// Keys and what they do.
    case entry(keys: String, help: String)
    /// Space between groups.
    case blank
}

/// The one table of key bindings: it decides what each key does and produces the footer hints
/// and the help screen, so what is shown can never drift from what happens.
public enum Keymap {
    private static let everywhere: Set<Context> = [.menu, .page, .results]
    private static let lists: Set<Context> = [.menu, .results]
    private static let digits: [Key] = (1...9).map { .character(Character(String($0))) }
    private static let allDigits: [Key] = (0...9).map { .character(Character(String($0))) }
    private static let answerDigits: [Key] = (1...4).map { .character(Character(String($0))) }

    /// Every binding, in the order the help screen lists them.
    public static let bindings: [Binding] = [
        Binding(keys: [.down, .character("j")], command: .moveDown, contexts: lists, help: "next item"),
        Binding(keys: [.up, .character("k")], command: .moveUp, contexts: lists, help: "previous item"),
        Binding(keys: [.down, .character("j")], command: .moveDown, contexts: [.page, .info, .help], help: "scroll down a line"),
        Binding(keys: [.up, .character("k")], command: .moveUp, contexts: [.page, .info, .help], help: "scroll up a line"),
        Binding(keys: [.pageDown, .character(" "), .character("f")], command: .pageDown, contexts: everywhere.union([.info, .help]), help: "a screen down"),
        Binding(keys: [.pageUp, .character("b")], command: .pageUp, contexts: everywhere.union([.info, .help]), help: "a screen up"),
        Binding(keys: [.home, .character("g")], command: .top, contexts: everywhere.union([.info, .help]), help: "to the top"),
        Binding(keys: [.end, .character("G")], command: .bottom, contexts: everywhere.union([.info, .help]), help: "to the bottom"),
        Binding(keys: [.enter, .right, .character("l")], command: .open, contexts: lists, help: "open the selected item"),
        Binding(keys: digits, command: .pick(1), contexts: lists, help: "open the item with that number", keyLabel: "1-9"),
        Binding(keys: [.character("0")], command: .pick(0), contexts: [.menu], help: "open the overview of a menu whose titles number the rest"),
        Binding(keys: [.tab], command: .nextLink, contexts: [.page], help: "select the next link or checklist item"),
        Binding(keys: [.backTab], command: .previousLink, contexts: [.page], help: "select the previous link or checklist item"),
        Binding(keys: [.enter, .right, .character("l")], command: .open, contexts: [.page], help: "follow the selected link"),
        Binding(keys: [.character("x")], command: .answer, contexts: [.page], help: "answer the selected checklist item: yes, partly, no, not applicable, unanswered"),
        Binding(keys: [.character("a")], command: .annotate, contexts: [.page], help: "write a note on the selected checklist item"),
        Binding(keys: [.character("n")], command: .nextMatch, contexts: [.page], help: "next search match, on to the next page"),
        Binding(keys: [.character("N")], command: .previousMatch, contexts: [.page], help: "previous search match"),
        Binding(keys: [.left, .character("h"), .backspace], command: .back, contexts: everywhere, help: "go back to where you were"),
        Binding(keys: [.altRight, .character("L")], command: .forward, contexts: everywhere, help: "go forward again"),
        Binding(keys: [.character("]")], command: .nextSibling, contexts: [.menu, .page], help: "next page of this section"),
        Binding(keys: [.character("[")], command: .previousSibling, contexts: [.menu, .page], help: "previous page of this section"),
        Binding(keys: [.character("u")], command: .up, contexts: [.menu, .page], help: "up to the section's menu"),
        Binding(keys: [.character("/")], command: .search, contexts: everywhere, help: "search every page"),
        Binding(keys: [.character(":")], command: .goTo, contexts: everywhere, help: "go to a page by number, id or title"),
        Binding(keys: [.character("=")], command: .info, contexts: everywhere, help: "show the page's id, sources and position"),
        Binding(keys: [.character("o")], command: .outline, contexts: [.page], help: "outline: the page's headings, to jump to one"),
        Binding(keys: [.character("?")], command: .help, contexts: everywhere, help: "show these keys"),
        Binding(keys: [.character("y")], command: .cite, contexts: everywhere, help: "copy a reference to the selected or shown page (title, section, web address, date)"),
        Binding(keys: [.down], command: .moveDown, contexts: [.prompt], help: "next entry of the list"),
        Binding(keys: [.up], command: .moveUp, contexts: [.prompt], help: "previous entry of the list"),
        Binding(keys: [.enter], command: .submit, contexts: [.prompt], help: "open the selected entry"),
        Binding(keys: [.tab], command: .complete, contexts: [.prompt], help: "complete a go-to from the selected entry"),
        Binding(keys: [.backspace], command: .deleteBackward, contexts: [.prompt], help: "delete the character before the cursor (Esc closes)"),
        Binding(keys: [.left], command: .cursorLeft, contexts: [.prompt], help: "move the cursor left"),
        Binding(keys: [.right], command: .cursorRight, contexts: [.prompt], help: "move the cursor right"),
        Binding(keys: [.control("a"), .home], command: .cursorToStart, contexts: [.prompt], help: "move the cursor to the start"),
        Binding(keys: [.control("e"), .end], command: .cursorToEnd, contexts: [.prompt], help: "move the cursor to the end"),
        Binding(keys: [.control("u")], command: .deleteToStart, contexts: [.prompt], help: "delete everything before the cursor"),
        Binding(keys: [.control("w")], command: .deleteWordBackward, contexts: [.prompt], help: "delete the word before the cursor"),
        Binding(keys: [.escape], command: .close, contexts: [.prompt], help: "cancel, back to exactly where you were"),
        Binding(keys: [.enter], command: .submit, contexts: [.note], help: "keep the note"),
        Binding(keys: [.escape], command: .close, contexts: [.note], help: "cancel: the note stays as it was"),
        Binding(keys: [.left], command: .cursorLeft, contexts: [.note], help: "move a character left"),
        Binding(keys: [.right], command: .cursorRight, contexts: [.note], help: "move a character right"),
        Binding(keys: [.home, .control("a")], command: .cursorToStart, contexts: [.note], help: "to the start of the note"),
        Binding(keys: [.end, .control("e")], command: .cursorToEnd, contexts: [.note], help: "to the end of the note"),
        Binding(keys: [.backspace], command: .deleteBackward, contexts: [.note], help: "delete the character before the caret"),
        Binding(keys: [.delete, .control("d")], command: .deleteForward, contexts: [.note], help: "delete the character after the caret"),
        Binding(keys: [.control("u")], command: .deleteToStart, contexts: [.note], help: "delete everything before the caret"),
        Binding(keys: [.control("w")], command: .deleteWordBackward, contexts: [.note], help: "delete the word before the caret"),
        Binding(keys: [.down, .character("j")], command: .moveDown, contexts: [.outline], help: "next heading"),
        Binding(keys: [.up, .character("k")], command: .moveUp, contexts: [.outline], help: "previous heading"),
        Binding(keys: [.pageDown, .character(" ")], command: .pageDown, contexts: [.outline], help: "a screen of headings down"),
        Binding(keys: [.pageUp, .character("b")], command: .pageUp, contexts: [.outline], help: "a screen of headings up"),
        Binding(keys: [.home, .character("g")], command: .top, contexts: [.outline], help: "the page's title"),
        Binding(keys: [.end, .character("G")], command: .bottom, contexts: [.outline], help: "the last heading"),
        Binding(keys: [.enter, .right, .character("l")], command: .open, contexts: [.outline], help: "jump to the selected heading"),
        Binding(keys: [.escape, .character("o"), .character("q")], command: .close, contexts: [.outline], help: "close the outline, back to where you were"),
        Binding(keys: [.escape, .character("y"), .character("q")], command: .close, contexts: [.citation], help: "close the reference"),
        Binding(keys: [.escape, .character("?"), .character("q")], command: .close, contexts: [.help], help: "close this help"),
        Binding(keys: [.escape, .character("="), .character("q")], command: .close, contexts: [.info], help: "close this screen"),
        Binding(keys: [.escape], command: .close, contexts: everywhere, help: "clear a notice or the search marks (never quits)"),
        Binding(keys: [.control("l")], command: .repaint, contexts: everywhere.union([.help, .info, .prompt, .note, .outline, .citation]), help: "redraw the screen"),
        Binding(keys: [.character("q")], command: .quit, contexts: everywhere, help: "quit (Ctrl-C also quits)"),
        Binding(keys: [.right, .character(" "), .pageDown, .character("n")], command: .nextItem, contexts: [.slide], help: "next item"),
        Binding(keys: [.left, .pageUp, .character("p")], command: .previousItem, contexts: [.slide], help: "previous item"),
        Binding(keys: [.home], command: .top, contexts: [.slide], help: "first item"),
        Binding(keys: [.end], command: .bottom, contexts: [.slide], help: "last item"),
        Binding(keys: [.character("g")], command: .jump, contexts: [.slide], help: "jump: type the item's number, then Enter"),
        Binding(keys: [.down, .character("j")], command: .moveDown, contexts: [.slide], help: "scroll a long item down"),
        Binding(keys: [.up, .character("k")], command: .moveUp, contexts: [.slide], help: "scroll a long item up"),
        Binding(keys: [.enter], command: .open, contexts: [.slide], help: "open the item: its page, or a menu's items"),
        Binding(keys: [.character("u"), .backspace], command: .up, contexts: [.slide], help: "up to the menu this deck belongs to"),
        Binding(keys: [.character("b")], command: .blank, contexts: [.slide], help: "blank the screen; any key brings it back"),
        Binding(keys: [.character("?")], command: .help, contexts: [.slide], help: "show these keys"),
        Binding(keys: [.control("l")], command: .repaint, contexts: [.slide, .jumping], help: "redraw the screen"),
        Binding(keys: [.character("q")], command: .quit, contexts: [.slide], help: "quit"),
        Binding(keys: [.character("t")], command: .pauseTimer, contexts: [.presenting], help: "pause or restart the timer"),
        Binding(keys: [.character(".")], command: .blank, contexts: [.presenting], help: "blank the screen, also while reading a page"),
        Binding(keys: [.character("J")], command: .showJoin, contexts: [.presenting], help: "show the room how to join, large; any key returns"),
        Binding(keys: [.character("a")], command: .ask, contexts: [.presenting], help: "ask the room a question of the page; a closes it"),
        Binding(keys: [.character("r")], command: .reveal, contexts: [.presenting], help: "show everyone the open question's tally"),
        Binding(keys: [.character("c")], command: .clearHands, contexts: [.presenting], help: "lower every raised hand"),
        Binding(keys: [.down, .character("j")], command: .moveDown, contexts: [.choosing], help: "next question"),
        Binding(keys: [.up, .character("k")], command: .moveUp, contexts: [.choosing], help: "previous question"),
        Binding(keys: [.enter], command: .submit, contexts: [.choosing], help: "ask the selected question"),
        Binding(keys: [.escape, .character("a")], command: .close, contexts: [.choosing], help: "close without asking"),
        Binding(keys: allDigits, command: .pick(0), contexts: [.jumping], help: "the item's number", keyLabel: "0-9"),
        Binding(keys: [.enter], command: .submit, contexts: [.jumping], help: "jump to it"),
        Binding(keys: [.backspace], command: .deleteBackward, contexts: [.jumping], help: "delete a digit"),
        Binding(keys: [.escape], command: .close, contexts: [.jumping], help: "cancel"),
        Binding(keys: [.character("f")], command: .toggleFollowing, contexts: [.following], help: "follow the presenter again, or explore alone (other keys also explore)"),
        Binding(keys: answerDigits, command: .answerRoom(1), contexts: [.following], help: "answer the open question (numbers on its band)", keyLabel: "1-4"),
        Binding(keys: [.character("H")], command: .raiseHand, contexts: [.following], help: "raise your hand (lost, or too fast), or lower it"),
    ]

    /// The footer's hints per context: which commands, and the word shown after their keys.
    public static let hints: [Context: [(commands: [Command], label: String)]] = [
        .menu: [([.moveUp, .moveDown], "move"), ([.open], "open"), ([.pick(1)], "pick"), ([.back], "back"), ([.forward], "forward"), ([.search], "search"), ([.help], "help"), ([.quit], "quit")],
        .page: [([.moveUp, .moveDown], "scroll"), ([.pageDown], "page"), ([.nextLink], "links"), ([.open], "follow"), ([.back], "back"), ([.forward], "forward"), ([.search], "search"), ([.outline], "outline"), ([.help], "help"), ([.quit], "quit")],
        .note: [([.submit], "keep"), ([.close], "cancel"), ([.cursorLeft, .cursorRight], "move"), ([.deleteToStart], "clear")],
        .outline: [([.moveUp, .moveDown], "choose"), ([.open], "jump"), ([.close], "close")],
        .citation: [([.close], "close")],
        .results: [([.moveUp, .moveDown], "move"), ([.open], "open"), ([.back], "back"), ([.forward], "forward"), ([.search], "new search"), ([.help], "help"), ([.quit], "quit")],
        .prompt: [([.moveUp, .moveDown], "choose"), ([.submit], "open"), ([.close], "cancel")],
        .info: [([.moveUp, .moveDown], "scroll"), ([.close], "close")],
        .help: [([.moveUp, .moveDown], "scroll"), ([.close], "close")],
        .slide: [([.nextItem], "next"), ([.previousItem], "previous"), ([.open], "open"), ([.jump], "jump"), ([.blank], "blank"), ([.help], "help"), ([.quit], "quit")],
        .jumping: [([.pick(0)], "number"), ([.submit], "jump"), ([.close], "cancel")],
        .following: [([.toggleFollowing], "follow/explore"), ([.raiseHand], "hand")],
        .choosing: [([.moveUp, .moveDown], "choose"), ([.submit], "ask"), ([.close], "cancel")],
    ]

    /// The hints a narrow footer keeps longest: how to get help, how to leave, and Forward when it
    /// is offered (it is shown only when there is somewhere to go forward to).
    public static let keptHints: Set<Command> = [.help, .quit, .close, .forward]

    /// The command a key gives in a context, if any.
    public static func command(for key: Key, in context: Context) -> Command? {
        guard let binding = bindings.first(where: { $0.contexts.contains(context) && $0.keys.contains(key) }) else {
            return nil
        }
        if case let .character(character) = key, let number = character.wholeNumberValue {
            if case .pick = binding.command { return .pick(number) }
            if case .answerRoom = binding.command { return .answerRoom(number) }
        }
        return binding.command
    }

    /// How the first key of `command` in `context` is written, for sentences that name it.
    public static func keyName(for command: Command, in context: Context, arrows: ArrowNames = .symbols) -> String {
        bindings.first { $0.command == command && $0.contexts.contains(context) }?.keys.first?.name(arrows: arrows) ?? "?"
    }

    /// The footer hint line's items for a context: `("↑↓", "move")`, `("Enter", "open")`, ...
    public static func hintItems(for context: Context, arrows: ArrowNames, leaving: Set<Command> = []) -> [(keys: String, label: String)] {
        (hintBindings[context] ?? []).filter { leaving.isEmpty || leaving.isDisjoint(with: $0.commands) }.map { hint in
            let keys = hint.bindings.map { $0.keyLabel ?? $0.keys[0].name(arrows: arrows) }
            return (keys.joined(separator: keys.allSatisfy { $0.count == 1 } ? "" : "/"), hint.label)
        }
    }

    /// Each context's hints with the binding of each of their commands, looked up once rather
    /// than on every frame, which draws the hint line.
    private static let hintBindings: [Context: [(commands: [Command], label: String, bindings: [Binding])]] =
        Dictionary(uniqueKeysWithValues: hints.map { context, items in
            (context, items.map { hint in
                (hint.commands, hint.label, hint.commands.compactMap { command in
                    bindings.first { $0.command == command && $0.contexts.contains(context) }
                })
            })
        })

    /// The help screen, one line per binding, grouped by context.
    public static func helpLines(arrows: ArrowNames, contexts: [Context] = Context.reading) -> [HelpLine] {
        var lines: [HelpLine] = []
        for context in contexts {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.heading(context.title))
            for binding in bindings where binding.contexts.contains(context) {
                let keys = binding.keyLabel ?? binding.keys.map { $0.name(arrows: arrows) }.joined(separator: " ")
                lines.append(.entry(keys: keys, help: binding.help))
            }
        }
        return lines
    }
}

/// The command line, as data: every command and every option `toolkit` takes. The parser reads
/// argv with these tables alone, and `--help`, the man page and the shell completions are written
/// from them, so they cannot disagree. Adding a command is one entry in `commands` (with a
/// function that runs it) and an entry in `options` for each option only it takes.
enum CommandTable {
    /// The command run when no command is named.
    static let defaultCommand = "browse"

    /// Every command, in the order help lists them.
    static let commands: [Command] = [
        Command(name: "browse", abstract: "Browse the toolkit with the arrow keys (the default command).",
                discussion: "With no command, toolkit opens the toolkit menu (or PAGE-ID) for browsing with the arrow keys; press ? inside for the keys. When standard input or output is not a terminal, it prints the page as plain text instead.",
                operand: .pageID("The page to open, e.g. correctives or case-studies/plymouth-alliance."),
                run: { try Browse($0).run() }),
        Command(name: "show", abstract: "Print a page as plain text (links as numbered references), as Markdown or as HTML.",
                discussion: "With --all, prints the page and everything under it in menu order: the whole toolkit when no PAGE-ID is given, a handout for a workshop; with --format html, one self-contained file to print from a browser.",
                operand: .pageID("The page to print (default: the toolkit menu)."),
                run: { try Show($0).run() }),
        Command(name: "tree", abstract: "Print the menu tree with each page's number and id.", discussion: "",
                operand: .pageID("Print only this section (default: the whole toolkit)."),
                run: { try Tree($0).run() }),
        Command(name: "search", abstract: "Search every page's title, summary and text; print the matching pages, best first.",
                discussion: "Case-insensitive unless the query has a capital letter; accents, apostrophes and hyphens are ignored (e finds é, Barnardos finds Barnardo’s, coproduction finds co-production) and word forms find each other (partnerships finds partnership). Several words find pages that contain all of them; \"social value\" in quotes finds the phrase; partner* finds words starting with partner. When nothing matches it suggests a close spelling from the toolkit's own words, lists its pages and exits 1.",
                operand: Command.Operand(placeholder: "WORDS", help: "The words to look for.", required: true, repeats: true),
                run: { try Search($0).run() }),
        Command(name: "cite", abstract: "Print a reference to a page: its title, the toolkit, the web address it was written from and the content's date (what y copies).",
                discussion: "",
                operand: Command.Operand(placeholder: "PAGE-ID", help: "The page to cite, by id or menu number.", required: true, repeats: false),
                run: { try Cite($0).run() }),
        Command(name: "check", abstract: "Check a content folder and list every problem as file:line: message.", discussion: "",
                operand: nil,
                run: { try Check($0).run() }),
        Command(name: "present", abstract: "Present the toolkit in a workshop: one item per screen, a timer, and followers.",
                discussion: "Steps through the pages of a menu one per screen (the five correctives, the nine principles): → or Space for the next, ← for the previous, g 3 Enter to jump, Enter to open the page, t to pause the timer, b to blank the screen, ? for every key. With --share, attendees on the same machine run toolkit follow to see the same item on their own screens; toolkit present --notes-only in a second terminal shows your notes for the current item.",
                operand: .pageID("The menu to present, or a page to start at (default: the toolkit menu)."),
                run: { try Present($0).run() }),
        Command(name: "follow", abstract: "Follow a presentation shared with toolkit present --share, on your own screen.",
                discussion: "Shows the presenter's item, laid out for your window. Press f to explore on your own (any key that moves does that too) and f again to rejoin. You can never move the presenter.",
                operand: nil,
                run: { try Follow($0).run() }),
        Command(name: "workbook", abstract: "List, answer, show, import, rename or delete workbooks: the checklist's answers, one workbook per partnership.",
                discussion: "workbook list; workbook answer PAGE-ID ITEM yes|partly|no|na|clear [--note TEXT] (ITEM is the item's text in any case and spacing, or its number on the page); workbook show [NAME] [--format text|markdown|html|json]; workbook import FILE.json [--as NAME] [--replace]; workbook rename OLD NEW; workbook delete NAME [--yes]. Answers are kept in $XDG_DATA_HOME/toolkit/workbooks.sqlite3 (else ~/.local/share/toolkit/).",
                operand: Command.Operand(placeholder: "ACTION", help: "What to do, then its words.", required: true, repeats: true,
                                         actions: WorkbookCommand.actions.map(\.name)),
                run: { try WorkbookCommand($0).run() }),
    ]

    /// Every option, in the order help lists them.
    static let options: [Option] = [
        .content, .theme, .plain, .mouse, .fresh, .version, .generate,
        .all, .width, .format, .workbook,
        .canvas, .minutes, .share, .shareGroup, .socket, .joinCommand, .printSSHSetup, .notesOnly,
        .note, .importName, .replace, .yes,
    ]

    /// The parser over these tables.
    static let parser = CommandLineParser(commands: commands, options: options, defaultCommand: defaultCommand)
}

extension Command.Operand {
    /// An optional page id.
    static func pageID(_ help: String) -> Command.Operand {
        Command.Operand(placeholder: "PAGE-ID", help: help, required: false, repeats: false)
    }
}

extension Option {
    static let content = Option(name: "content", value: .text(placeholder: "DIR", completion: .directory), scope: .everyCommand,
                                help: "Read the toolkit from this folder instead of the built-in one.")
    static let theme = Option(name: "theme", value: .choice(["dark", "light", "high-contrast"]), scope: .commands(["browse", "present", "follow"]),
                              help: "Colours: dark (the default), light or high-contrast. NO_COLOR turns colour off.")
    static let plain = Option(name: "plain", value: .flag, scope: .commands(["browse", "follow"]),
                              help: "Read line by line, for screen readers and dumb terminals: type a number to open, b to go back, /words to search, q to quit (chosen by itself when TERM is dumb or unknown); following, each move is one line, and you type 1-4 to answer, h for a hand, q to leave.")
    static let mouse = Option(name: "mouse", value: .flag, scope: .commands(["browse"]),
                              help: "Scroll with the wheel and open items by clicking (off by default, so text selection keeps working).")
    static let fresh = Option(name: "fresh", value: .flag, scope: .commands(["browse"]),
                              help: "Start at the menu instead of where the last run left off.")
    static let version = Option(name: "version", value: .flag, scope: .commands(["browse"]),
                                help: "Print the version and the content's date, then exit.")
    static let generate = Option(name: "generate", value: .choice(Generated.kinds), scope: .commands(["browse"]),
                                 help: "Print the man page (man) or a shell's completions (complete-bash, complete-zsh, complete-fish), then exit.")

    static let all = Option(name: "all", value: .flag, scope: .commands(["show"]),
                            help: "Also print every page under it, in menu order.")
    static let width = Option(name: "width", value: .integer(placeholder: "N", range: 20...1000), scope: .commands(["show"]),
                              help: "Wrap text to N columns (default: the terminal's width, else COLUMNS, else 80).")
    static let format = Option(name: "format", value: .choice(["text", "markdown", "html", "json"]), scope: .commands(["show", "workbook"]),
                               help: "text (the default), markdown, html (one self-contained file to print from a browser) or, for workbook show, json (to move a workbook with import).")

    static let canvas = Option(name: "canvas", value: .text(placeholder: "COLUMNSxROWS", completion: .nothing), scope: .commands(["present"]),
                               help: "Lay out as if the window were this size (at least 20x6), centred, so the look does not change with the projector.")
    static let minutes = Option(name: "minutes", value: .integer(placeholder: "MINUTES", range: 1...1440), scope: .commands(["present"]),
                                help: "The session's length, for a countdown beside the timer.")
    static let share = Option(name: "share", value: .flag, scope: .commands(["present"]),
                              help: "Publish where you are on a socket, so attendees can run toolkit follow.")
    static let shareGroup = Option(name: "share-group", value: .text(placeholder: "GROUP", completion: .nothing), scope: .commands(["present"]),
                                   help: "Let this Unix group follow too (the socket is otherwise open only to you).")
    static let socket = Option(name: "socket", value: .text(placeholder: "PATH", completion: .file), scope: .commands(["present", "follow"]),
                               help: "The socket to share on or follow (default: $XDG_RUNTIME_DIR/toolkit/present.sock).")
    static let joinCommand = Option(name: "join-command", value: .text(placeholder: "COMMAND", completion: .nothing), scope: .commands(["present"]),
                                    help: "What attendees on other machines type to follow, shown large by J: for example \"ssh -t workshop@example.org\".")
    static let printSSHSetup = Option(name: "print-ssh-setup", value: .flag, scope: .commands(["present"]),
                                      help: "Print the lines that let attendees follow over SSH and do nothing else (an authorized_keys prefix and an sshd Match block, naming this binary and the socket), then exit.")
    static let notesOnly = Option(name: "notes-only", value: .flag, scope: .commands(["present"]),
                                  help: "Show the notes for the presenter's current item instead of presenting: run it in a second terminal while the presentation is shared.")
}

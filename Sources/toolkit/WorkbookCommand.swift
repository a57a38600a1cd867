import ArgumentParser
import Catalog
import Glibc
import Workbook

/// `toolkit workbook …`: the checklist's answers, kept per partnership, from the command line.
/// Each subcommand is its values and a call into `WorkbookActions`, where the work is.
struct WorkbookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workbook",
        abstract: "List, answer, show, import, rename or delete workbooks: the checklist's answers, one workbook per partnership.",
        discussion: "Answers are kept in $XDG_DATA_HOME/toolkit/workbooks.sqlite3 (else ~/.local/share/toolkit/).",
        subcommands: [WorkbookList.self, WorkbookAnswer.self, WorkbookShow.self, WorkbookImport.self, WorkbookRename.self, WorkbookDelete.self]
    )

    /// Runs `body` with the actions for `content`, turning a failure into its message and exit code.
    static func perform(_ content: ContentOptions, _ body: (WorkbookActions) throws(CommandFailure) -> Void) throws {
        let actions = WorkbookActions(catalog: try content.loadOrExit(), environment: WorkbookActions.processEnvironment)
        do {
            try body(actions)
        } catch {
            StandardError.write("toolkit: " + error.message)
            throw ExitCode(error.code)
        }
    }
}

/// `--workbook NAME`, shared by the commands that work on one workbook.
struct WorkbookOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The workbook (default: \(WorkbookName.standard)).", valueName: "NAME"))
    var workbook: String = WorkbookName.standard
}

/// `toolkit workbook list`.
struct WorkbookList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the workbooks with how many items each has answered and its last change.")

    @OptionGroup var content: ContentOptions

    func run() throws {
        try WorkbookCommand.perform(content) { actions throws(CommandFailure) in try actions.list() }
    }
}

/// `toolkit workbook answer PAGE-ID ITEM yes|partly|no|na|clear`.
struct WorkbookAnswer: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "answer", abstract: "Answer one checklist item: yes, partly, no, na (not applicable) or clear.")

    @Argument(help: ArgumentHelp("The page that holds the item.", valueName: "PAGE-ID"))
    var page: String

    @Argument(help: ArgumentHelp("The item's text (any case and spacing) or its number on the page.", valueName: "ITEM"))
    var item: String

    @Argument(help: ArgumentHelp("yes, partly, no, na or clear.", valueName: "ANSWER"))
    var answer: String

    @Option(name: .long, help: ArgumentHelp("A one-line note for the item (\"\" removes it; without --note the note is kept).", valueName: "TEXT"))
    var note: String?

    @OptionGroup var workbook: WorkbookOption
    @OptionGroup var content: ContentOptions

    func validate() throws {
        if answer != "clear", AnswerChoice(rawValue: answer) == nil {
            throw ValidationError("ANSWER must be yes, partly, no, na or clear, not '\(VisibleText.make(answer))'")
        }
    }

    func run() throws {
        try WorkbookCommand.perform(content) { actions throws(CommandFailure) in
            try actions.answer(page: page, item: item, choice: AnswerChoice(rawValue: answer), note: note, workbook: workbook.workbook)
        }
    }
}

/// `toolkit workbook show [NAME] [--format …]`.
struct WorkbookShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a workbook: every page with items, each answer and note; JSON carries it to another machine.")

    @Argument(help: ArgumentHelp("The workbook (default: --workbook, else \(WorkbookName.standard)).", valueName: "NAME"))
    var name: String?

    @Option(name: .long, help: "text, markdown, html (a page to print) or json (to move it with import).")
    var format: WorkbookActions.Format = .text

    @OptionGroup var workbook: WorkbookOption
    @OptionGroup var content: ContentOptions

    func run() throws {
        try WorkbookCommand.perform(content) { actions throws(CommandFailure) in
            try actions.show(workbook: name ?? workbook.workbook, format: format)
        }
    }
}

extension WorkbookActions.Format: ExpressibleByArgument {}

/// `toolkit workbook import FILE.json [--as NAME] [--replace]`.
struct WorkbookImport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import a workbook from the JSON of 'workbook show --format json'.")

    @Argument(help: ArgumentHelp("The JSON file.", valueName: "FILE.json"))
    var file: String

    @Option(name: .customLong("as"), help: ArgumentHelp("Import under this name (default: the name in the file).", valueName: "NAME"))
    var name: String?

    @Flag(name: .long, help: "Replace a workbook of that name, if there is one.")
    var replace = false

    @OptionGroup var content: ContentOptions

    func run() throws {
        try WorkbookCommand.perform(content) { actions throws(CommandFailure) in
            try actions.importFile(file, as: name, replacing: replace)
        }
    }
}

/// `toolkit workbook rename OLD NEW`.
struct WorkbookRename: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rename", abstract: "Give a workbook a new name.")

    @Argument(help: ArgumentHelp("Its name now.", valueName: "OLD"))
    var name: String

    @Argument(help: ArgumentHelp("Its new name.", valueName: "NEW"))
    var newName: String

    @OptionGroup var content: ContentOptions

    func run() throws {
        try WorkbookCommand.perform(content) { actions throws(CommandFailure) in try actions.rename(name, to: newName) }
    }
}

/// `toolkit workbook delete NAME [--yes]`.
struct WorkbookDelete: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a workbook and its answers (asks first on a terminal; elsewhere needs --yes).")

    @Argument(help: ArgumentHelp("The workbook.", valueName: "NAME"))
    var name: String

    @Flag(name: .long, help: "Delete without asking.")
    var yes = false

    @OptionGroup var content: ContentOptions

    func run() throws {
        try WorkbookCommand.perform(content) { actions throws(CommandFailure) in
            try actions.delete(name, confirmed: yes) { readLine(strippingNewline: true) }
        }
    }
}

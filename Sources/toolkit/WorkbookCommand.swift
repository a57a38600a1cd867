import Catalog
import Workbook

/// `toolkit workbook ACTION …`: the checklist's answers, kept per partnership, from the command
/// line. This reads the action and its words; `WorkbookActions` does the work.
struct WorkbookCommand {
    /// The action and the words after it (`answer PAGE-ID ITEM ANSWER`).
    var operands: [String]
    var note: String?
    var workbook: String
    var importName: String?
    var replace: Bool
    var yes: Bool
    var format: WorkbookActions.Format
    var content: ContentOptions

    /// The actions, with the words each takes, as help and errors write them.
    static let actions: [(name: String, words: [String], optional: Int)] = [
        ("list", [], 0), ("answer", ["PAGE-ID", "ITEM", "ANSWER"], 0), ("show", ["NAME"], 1),
        ("import", ["FILE.json"], 0), ("rename", ["OLD", "NEW"], 0), ("delete", ["NAME"], 0),
    ]

    /// Reads `workbook`'s options from what the parser read.
    init(_ parsed: ParsedArguments) {
        operands = parsed.operands
        note = parsed.value(.note)
        workbook = parsed.value(.workbook) ?? WorkbookName.standard
        importName = parsed.value(.importName)
        replace = parsed.isSet(.replace)
        yes = parsed.isSet(.yes)
        format = parsed.value(.format).flatMap(WorkbookActions.Format.init(rawValue:)) ?? .text
        content = ContentOptions(parsed)
    }

    func run() throws {
        let action = operands.first ?? ""
        let words = Array(operands.dropFirst())
        if let known = Self.actions.first(where: { $0.name == action }),
           !((known.words.count - known.optional)...known.words.count).contains(words.count) {
            throw UsageError(message: "workbook \(action) takes \(known.words.isEmpty ? "no more words" : known.words.joined(separator: " "))", command: "workbook")
        }
        if action == "answer", words[2] != "clear", AnswerChoice(rawValue: words[2]) == nil {
            throw UsageError(message: "ANSWER must be yes, partly, no, na or clear, not '\(VisibleText.make(words[2]))'", command: "workbook")
        }
        let actions = WorkbookActions(catalog: try content.loadOrExit(), environment: WorkbookActions.processEnvironment)
        do {
            switch action {
            case "list": try actions.list()
            case "answer": try actions.answer(page: words[0], item: words[1], choice: AnswerChoice(rawValue: words[2]), note: note, workbook: workbook)
            case "show": try actions.show(workbook: words.first ?? workbook, format: format)
            case "import": try actions.importFile(words[0], as: importName, replacing: replace)
            case "rename": try actions.rename(words[0], to: words[1])
            default: try actions.delete(words[0], confirmed: yes) { readLine(strippingNewline: true) }
            }
        } catch {
            StandardError.write("toolkit: " + error.message)
            throw Exit(error.code)
        }
    }
}

extension Option {
    static let workbook = Option(name: "workbook", value: .text(placeholder: "NAME", completion: .nothing), scope: .commands(["browse", "present", "show", "workbook"]),
                                 help: "The workbook to use (default: default); with show --format html, its answers are printed under each page with checklist items; with present, what the room said to each closed question is kept there.")
    static let note = Option(name: "note", value: .text(placeholder: "TEXT", completion: .nothing), scope: .commands(["workbook"]),
                             help: "With answer: the item's one-line note (\"\" removes it; without --note the note is kept).")
    static let importName = Option(name: "as", value: .text(placeholder: "NAME", completion: .nothing), scope: .commands(["workbook"]),
                                   help: "With import: the name to import under (default: the name in the file).")
    static let replace = Option(name: "replace", value: .flag, scope: .commands(["workbook"]),
                                help: "With import: replace a workbook of that name, if there is one.")
    static let yes = Option(name: "yes", value: .flag, scope: .commands(["workbook"]),
                            help: "With delete: delete without asking (needed when standard input is not a terminal).")
}

import Catalog

/// A workbook as one JSON file, to move it to another machine or keep it: its name and every
/// answer with its page, its item's text, its choice, its note and when it changed. The item's
/// key is made again from its text on reading, with the toolkit's one normaliser.
///
///     {"format": "toolkit-workbook", "version": 1, "workbook": "default", "answers": [
///      {"page": "tools/partnership-checklist", "item": "Do we …?", "answer": "yes", "note": "", "changed": 1796601600}
///     ]}
public enum WorkbookFile {
    /// The `format` field every file has.
    public static let format = "toolkit-workbook"
    /// The file version this program writes and reads.
    public static let version = 1
    /// The largest file read, in bytes: ten thousand answers with long notes fit.
    public static let maximumBytes = 32 << 20
    /// The longest item text, note, page id and name read, in characters.
    public static let maximumTextLength = 4000
    /// The most answers read.
    public static let maximumAnswers = 100_000

    /// What a file holds once read and checked.
    public struct Contents: Equatable, Sendable {
        /// The name it was exported under.
        public var name: String
        /// Its answers.
        public var answers: [ItemAnswer]
    }

    /// Why a file cannot be imported, located by line or by answer number.
    public struct Refusal: Error, Equatable, CustomStringConvertible {
        /// The file, as given.
        public var file: String
        /// Where in it, and what is wrong.
        public var reason: String
        public var description: String { "\(file): \(reason); nothing was imported" }
    }

    /// The JSON for `answers` of workbook `name`, one answer a line, sorted by page then text.
    public static func encode(name: String, answers: [ItemAnswer]) -> String {
        let sorted = answers.sorted { ($0.pageID, $0.itemText) < ($1.pageID, $1.itemText) }
        let lines = sorted.map { answer in
            "{\"page\": \(JSONValue.quoted(answer.pageID.path)), \"item\": \(JSONValue.quoted(answer.itemText)), "
                + "\"answer\": \(answer.choice.map { JSONValue.quoted($0.rawValue) } ?? "null"), "
                + "\"note\": \(JSONValue.quoted(answer.note)), \"changed\": \(answer.changedAt)}"
        }
        return "{\"format\": \"\(format)\", \"version\": \(version), \"workbook\": \(JSONValue.quoted(name)), \"answers\": [\n"
            + lines.joined(separator: ",\n") + (lines.isEmpty ? "" : "\n") + "]}\n"
    }

    /// Reads and checks a file's bytes; `file` names it in a refusal.
    public static func decode(_ bytes: [UInt8], file: String) throws(Refusal) -> Contents {
        func refuse(_ reason: String) -> Refusal { Refusal(file: file, reason: reason) }
        guard bytes.count <= maximumBytes else { throw refuse("larger than \(maximumBytes >> 20) MB, more than a workbook holds") }
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw refuse("line \(error.line): not JSON: \(error.reason)")
        }
        let fields: [String: JSONValue]
        do {
            fields = try Self.fields(root, allowed: ["format", "version", "workbook", "answers"], required: ["format", "version", "answers"])
        } catch {
            throw refuse(error.description)
        }
        guard fields["format"] == .string(format) else { throw refuse("not a toolkit workbook (its \"format\" is not \"\(format)\")") }
        guard case .number(let written)? = fields["version"], let fileVersion = Int(written) else { throw refuse("\"version\" must be a whole number") }
        guard fileVersion <= version else { throw refuse("written by a newer toolkit (file version \(fileVersion); this one reads up to \(version))") }
        guard fileVersion >= 1 else { throw refuse("\"version\" \(fileVersion) is not a version") }
        var name = WorkbookName.standard
        if let given = fields["workbook"] {
            guard case .string(let text) = given, text.count <= maximumTextLength else { throw refuse("\"workbook\" must be a string of at most \(maximumTextLength) characters") }
            name = text
        }
        guard case .array(let list)? = fields["answers"] else { throw refuse("\"answers\" must be a list, not \(fields["answers"]!.kind)") }
        guard list.count <= maximumAnswers else { throw refuse("more than \(maximumAnswers) answers") }
        var answers: [ItemAnswer] = []
        var seen: [PageID: [String: Int]] = [:]
        for (offset, element) in list.enumerated() {
            let number = offset + 1
            let answer: ItemAnswer
            do {
                answer = try Self.answer(element)
            } catch {
                throw refuse("answer \(number): \(error.description)")
            }
            if let first = seen[answer.pageID]?[answer.itemKey] {
                throw refuse("answers \(first) and \(number) are for the same item of \(answer.pageID.path.isEmpty ? "menu" : answer.pageID.path)")
            }
            seen[answer.pageID, default: [:]][answer.itemKey] = number
            answers.append(answer)
        }
        return Contents(name: name, answers: answers)
    }

    /// What is wrong with one part of the file.
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    private static func fields(_ value: JSONValue, allowed: Set<String>, required: [String]) throws(Problem) -> [String: JSONValue] {
        guard case .object(let members) = value else { throw Problem(description: "must be an object, not \(value.kind)") }
        var fields: [String: JSONValue] = [:]
        for member in members {
            guard allowed.contains(member.key) else {
                throw Problem(description: "unknown field \(JSONValue.quoted(String(member.key.prefix(40)))) (allowed: \(allowed.sorted().joined(separator: ", ")))")
            }
            guard fields.updateValue(member.value, forKey: member.key) == nil else { throw Problem(description: "field \"\(member.key)\" is given twice") }
        }
        for name in required where fields[name] == nil { throw Problem(description: "field \"\(name)\" is missing") }
        return fields
    }

    private static func answer(_ value: JSONValue) throws(Problem) -> ItemAnswer {
        let fields = try fields(value, allowed: ["page", "item", "answer", "note", "changed"], required: ["page", "item", "changed"])
        func text(_ name: String) throws(Problem) -> String {
            guard let value = fields[name] else { return "" }
            guard case .string(let text) = value else { throw Problem(description: "\"\(name)\" must be a string, not \(value.kind)") }
            guard text.count <= maximumTextLength else { throw Problem(description: "\"\(name)\" is longer than \(maximumTextLength) characters") }
            return text
        }
        let page = try text("page")
        let item = try text("item")
        let key = TaskItem.key(for: item)
        guard !key.isEmpty else { throw Problem(description: "\"item\" has no words") }
        var choice: AnswerChoice?
        switch fields["answer"] {
        case nil, .null?: choice = nil
        case .string(let word)?:
            guard let known = AnswerChoice(rawValue: word) else { throw Problem(description: "\"answer\" must be yes, partly, no, na or null") }
            choice = known
        case let other?: throw Problem(description: "\"answer\" must be yes, partly, no, na or null, not \(other.kind)")
        }
        guard case .number(let written)? = fields["changed"], let changed = Int64(written), changed >= 0 else {
            throw Problem(description: "\"changed\" must be a whole number of seconds since 1970")
        }
        let note = try text("note")
        if choice == nil && note.isEmpty { throw Problem(description: "it has neither an answer nor a note") }
        return ItemAnswer(pageID: PageID(page), itemKey: key, itemText: item, choice: choice, note: note, changedAt: changed)
    }
}

/// The fields a page declares between the `---` lines at the top of its file.
struct FrontMatter: Equatable {
    var title: String
    var shortTitle: String?
    var summary: String
    var order: Int?
    var sources: [String]
    var updated: String?

    /// The front matter's fields; anything else is reported as unknown.
    static let fieldNames = ["title", "short", "summary", "order", "sources", "updated"]

    /// Splits a file into its front matter (parsed) and its Markdown body, with the body's first
    /// line number so that Markdown positions can be reported against the file.
    static func split(_ file: SourceFile) -> Result<(FrontMatter, body: String, bodyLine: Int), ContentProblems> {
        // "\r\n" is one Character in Swift, so Windows line endings must go before splitting.
        let text = file.text.unicodeScalars.contains("\r") ? String(String.UnicodeScalarView(file.text.unicodeScalars.filter { $0 != "\r" })) : file.text
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        guard let first = lines.first, trimmedLine(first) == "---" else {
            return .failure(ContentProblems([ContentProblem(
                file: file.path, line: 1, column: 1,
                message: "missing front matter: the file must start with a line '---', then 'title: ...', then '---'")]))
        }
        guard let closing = lines.indices.dropFirst().first(where: { trimmedLine(lines[$0]) == "---" }) else {
            return .failure(ContentProblems([ContentProblem(
                file: file.path, line: 1, column: 1,
                message: "front matter is never closed: add a line '---' after the last field")]))
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        switch parseFields(yaml, file: file.path, firstLine: 2) {
        case let .success(frontMatter): return .success((frontMatter, body, closing + 2))
        case let .failure(problems): return .failure(problems)
        }
    }

    private static func trimmedLine(_ line: Substring) -> Substring {
        var line = line
        while let last = line.last, last == " " || last == "\r" || last == "\t" { line.removeLast() }
        return line
    }

    private static func parseFields(_ yaml: String, file: String, firstLine: Int) -> Result<FrontMatter, ContentProblems> {
        func problem(_ line: Int, _ column: Int? = nil, _ message: String) -> ContentProblem {
            ContentProblem(file: file, line: line + firstLine - 1, column: column, message: message)
        }
        let root: YAMLValue?
        do {
            root = try YAMLParser.parse(yaml)
        } catch {
            return .failure(ContentProblems([problem(error.line, error.column, "front matter is not valid YAML: \(error.message)")]))
        }
        guard case let .mapping(entries, _)? = root else {
            let what = root.map { "it is \($0.kindName)" } ?? "it is empty"
            return .failure(ContentProblems([problem(root?.line ?? 1, nil,
                "front matter must be a mapping of fields such as 'title: ...'; \(what)")]))
        }

        var problems: [ContentProblem] = []
        var seen: Set<String> = []
        var title: String?, shortTitle: String?, summary: String?, order: Int?, sources: [String] = [], updated: String?
        for entry in entries {
            guard seen.insert(entry.key).inserted else {
                problems.append(problem(entry.line, nil, "field '\(VisibleText.make(entry.key))' is given twice"))
                continue
            }
            func text() -> String? {
                guard case let .scalar(value, _) = entry.value else {
                    problems.append(problem(entry.line, nil, "'\(entry.key)' must be a single line of text, not \(entry.value.kindName)"))
                    return nil
                }
                let clean = VisibleText.make(value.split(whereSeparator: \.isNewline).joined(separator: " ")).trimmingSpaces
                if clean.isEmpty { problems.append(problem(entry.line, nil, "'\(entry.key)' is empty")) }
                return clean.isEmpty ? nil : clean
            }
            switch entry.key {
            case "title": title = text()
            case "short": shortTitle = text()
            case "summary": summary = text()
            case "updated": updated = text()
            case "order":
                guard let value = text() else { continue }
                guard let number = Int(value) else {
                    problems.append(problem(entry.line, nil, "'order' must be a whole number, not '\(value)'"))
                    continue
                }
                order = number
            case "sources":
                switch entry.value {
                case let .scalar(url, _):
                    sources = [VisibleText.make(url).trimmingSpaces]
                case let .sequence(items, _):
                    for item in items {
                        guard case let .scalar(url, line) = item else {
                            problems.append(problem(item.line, nil, "each source must be a URL, not \(item.kindName)"))
                            continue
                        }
                        let clean = VisibleText.make(url).trimmingSpaces
                        if !clean.hasPrefix("http://") && !clean.hasPrefix("https://") {
                            problems.append(problem(line, nil, "source '\(clean)' is not an http(s) URL"))
                        }
                        sources.append(clean)
                    }
                case .mapping:
                    problems.append(problem(entry.line, nil, "'sources' must be a list of URLs, not a mapping"))
                }
            default:
                let known = fieldNames.joined(separator: ", ")
                problems.append(problem(entry.line, nil, "unknown field '\(VisibleText.make(entry.key))' (known fields: \(known))"))
            }
        }
        if title == nil && !seen.contains("title") {
            problems.append(problem(1, nil, "missing 'title' in front matter"))
        }
        guard problems.isEmpty, let title else { return .failure(ContentProblems(problems)) }
        return .success(FrontMatter(title: title, shortTitle: shortTitle, summary: summary ?? "", order: order, sources: sources, updated: updated))
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    public var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}

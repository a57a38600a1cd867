import Glibc

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
        // Scanning bytes rather than Characters: grapheme breaking over a whole page only to find
        // the closing `---` was most of the load time. A "\n" byte is always a line break in
        // UTF-8, so the lines are the same either way.
        var text = file.text
        text.makeContiguousUTF8()
        let hasCR = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, 13, bytes.count) != nil } ?? false
        }
        if hasCR != false { text = String(decoding: text.utf8.filter { $0 != 13 }, as: UTF8.self) }
        return text.utf8.withContiguousStorageIfAvailable { split(bytes: $0, file: file.path) }!
    }

    private static func split(bytes: UnsafeBufferPointer<UInt8>, file: String) -> Result<(FrontMatter, body: String, bodyLine: Int), ContentProblems> {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func lineEnd(from offset: Int) -> Int {
            bytes[offset...].firstIndex(of: 10) ?? bytes.count
        }
        let firstEnd = lineEnd(from: start)
        guard isRule(bytes[start..<firstEnd]) else {
            return .failure(ContentProblems([ContentProblem(
                file: file, line: 1, column: 1,
                message: "missing front matter: the file must start with a line '---', then 'title: ...', then '---'")]))
        }
        var line = 1
        var lineStart = firstEnd + 1
        while lineStart <= bytes.count {
            let end = lineEnd(from: lineStart)
            if isRule(bytes[lineStart..<end]) {
                let yaml = firstEnd + 1 < lineStart ? String(decoding: bytes[(firstEnd + 1)..<(lineStart - 1)], as: UTF8.self) : ""
                let body = end < bytes.count ? String(decoding: bytes[(end + 1)...], as: UTF8.self) : ""
                switch parseFields(yaml, file: file, firstLine: 2) {
                case let .success(frontMatter): return .success((frontMatter, body, line + 2))
                case let .failure(problems): return .failure(problems)
                }
            }
            line += 1
            lineStart = end + 1
        }
        return .failure(ContentProblems([ContentProblem(
            file: file, line: 1, column: 1,
            message: "front matter is never closed: add a line '---' after the last field")]))
    }

    /// Whether a line is `---`, ignoring trailing spaces and tabs.
    private static func isRule(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var end = line.endIndex
        while end > line.startIndex, line[end - 1] == 32 || line[end - 1] == 9 { end -= 1 }
        return line[line.startIndex..<end].elementsEqual("---".utf8)
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
                let clean = VisibleText.make(value.oneLine).trimmingSpaces
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
    /// The string with each run of line breaks replaced by one space. Text with no byte that can
    /// start a line break (LF, VT, FF, CR, or C2 and E2 for U+0085, U+2028 and U+2029) is
    /// returned as it is, without splitting it into Characters.
    var oneLine: String {
        guard utf8.contains(where: { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }) else { return self }
        return split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// The string without leading and trailing spaces, tabs and line breaks.
    public var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}

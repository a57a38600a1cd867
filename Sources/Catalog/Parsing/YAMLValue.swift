import CYaml

/// A parsed YAML node, with the line it starts on for error messages.
indirect enum YAMLValue: Equatable {
    case scalar(String, line: Int)
    case sequence([YAMLValue], line: Int)
    case mapping([(key: String, value: YAMLValue, line: Int)], line: Int)

    static func == (lhs: YAMLValue, rhs: YAMLValue) -> Bool {
        switch (lhs, rhs) {
        case let (.scalar(a, l1), .scalar(b, l2)): return a == b && l1 == l2
        case let (.sequence(a, l1), .sequence(b, l2)): return a == b && l1 == l2
        case let (.mapping(a, l1), .mapping(b, l2)):
            return l1 == l2 && a.count == b.count
                && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value && $0.line == $1.line }
        default: return false
        }
    }

    /// The line the node starts on (1-based, relative to the parsed text).
    var line: Int {
        switch self {
        case let .scalar(_, line), let .sequence(_, line), let .mapping(_, line): return line
        }
    }

    /// A short word for the node's kind, for messages.
    var kindName: String {
        switch self {
        case .scalar: return "a single value"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

/// Parses one YAML document with libyaml into a `YAMLValue` tree.
enum YAMLParser {
    /// An error from libyaml, with its 1-based position in the parsed text.
    struct Failure: Error {
        var message: String
        var line: Int
        var column: Int
    }

    /// Parses `text`; an empty document gives nil.
    static func parse(_ text: String) throws(Failure) -> YAMLValue? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw Failure(message: "the YAML parser could not start", line: 1, column: 1)
        }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer throws(Failure) -> YAMLValue? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var reader = EventReader(parser: &parser)
            return try reader.document()
        }
    }

    private struct EventReader {
        var parser: UnsafeMutablePointer<yaml_parser_t>
        var anchors: [String: YAMLValue] = [:]

        init(parser: UnsafeMutablePointer<yaml_parser_t>) {
            self.parser = parser
        }

        mutating func document() throws(Failure) -> YAMLValue? {
            var root: YAMLValue?
            while true {
                var event = try next()
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return root
                case YAML_DOCUMENT_START_EVENT where root != nil:
                    throw Failure(message: "front matter holds more than one YAML document",
                                  line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                case YAML_SCALAR_EVENT, YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT, YAML_ALIAS_EVENT:
                    root = try value(startingWith: &event)
                default:
                    continue
                }
            }
        }

        private mutating func next() throws(Failure) -> yaml_event_t {
            var event = yaml_event_t()
            guard yaml_parser_parse(parser, &event) == 1 else {
                let problem = parser.pointee.problem.map { String(cString: $0) } ?? "malformed YAML"
                let mark = parser.pointee.problem_mark
                throw Failure(message: VisibleText.make(problem), line: Int(mark.line) + 1, column: Int(mark.column) + 1)
            }
            return event
        }

        private mutating func value(startingWith event: inout yaml_event_t) throws(Failure) -> YAMLValue {
            let line = Int(event.start_mark.line) + 1
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                let result = YAMLValue.scalar(text, line: line)
                remember(anchor: scalar.anchor, result)
                return result
            case YAML_ALIAS_EVENT:
                let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                guard let target = anchors[name] else {
                    throw Failure(message: "unknown alias *\(VisibleText.make(name))", line: line, column: Int(event.start_mark.column) + 1)
                }
                return target
            case YAML_SEQUENCE_START_EVENT:
                let anchor = event.data.sequence_start.anchor
                var items: [YAMLValue] = []
                while true {
                    var child = try next()
                    defer { yaml_event_delete(&child) }
                    if child.type == YAML_SEQUENCE_END_EVENT { break }
                    items.append(try value(startingWith: &child))
                }
                let result = YAMLValue.sequence(items, line: line)
                remember(anchor: anchor, result)
                return result
            case YAML_MAPPING_START_EVENT:
                let anchor = event.data.mapping_start.anchor
                var entries: [(key: String, value: YAMLValue, line: Int)] = []
                while true {
                    var keyEvent = try next()
                    defer { yaml_event_delete(&keyEvent) }
                    if keyEvent.type == YAML_MAPPING_END_EVENT { break }
                    let keyLine = Int(keyEvent.start_mark.line) + 1
                    let key = try value(startingWith: &keyEvent)
                    var valueEvent = try next()
                    defer { yaml_event_delete(&valueEvent) }
                    let entryValue = try value(startingWith: &valueEvent)
                    guard case let .scalar(name, _) = key else {
                        throw Failure(message: "a front-matter key must be a plain word, not \(key.kindName)",
                                      line: keyLine, column: Int(keyEvent.start_mark.column) + 1)
                    }
                    entries.append((key: name, value: entryValue, line: keyLine))
                }
                let result = YAMLValue.mapping(entries, line: line)
                remember(anchor: anchor, result)
                return result
            default:
                throw Failure(message: "unexpected YAML structure", line: line, column: Int(event.start_mark.column) + 1)
            }
        }

        private mutating func remember(anchor: UnsafeMutablePointer<yaml_char_t>?, _ value: YAMLValue) {
            guard let anchor else { return }
            anchors[String(cString: anchor)] = value
        }
    }
}

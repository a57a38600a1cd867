import Catalog

/// A generated toolkit of about 200 pages, built in memory as `SourceFile`s: ten sections, some
/// with subsections two levels deep, pages of every length (from a title alone to hundreds of
/// lines), headings, lists, quotes, tables, code, and links between pages and to headings,
/// including loops. Deterministic: the same files every run.
enum LargeToolkit {
    static let files: [SourceFile] = make()

    /// A small deterministic generator (SplitMix64), so the toolkit never changes between runs.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
        mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
    }

    private static let words = """
        commissioning partnership purpose outcome trust public benefit sector procurement social \
        value prevention integration transparency flexibility collaboration communication mutuality \
        fairness long-term planning alliance ecosystem evidence process principle corrective case \
        study tool question answer council charity enterprise provider contract grant service reform \
        résumé naïve café 東京 データ 🙂 co-operation well-being extraordinarily-long-hyphenated-compound
        """.split(separator: " ").map(String.init)

    /// A leaf page: its id, its file, and the headings it has (for anchors).
    private struct Leaf {
        var file: String
        var headings: [String]
    }

    private static func make() -> [SourceFile] {
        var random = Random(state: 0x5EED_7001)
        func sentence(_ count: ClosedRange<Int>) -> String {
            let n = random.int(count)
            var parts: [String] = []
            for _ in 0..<n { parts.append(words[random.int(0...(words.count - 1))]) }
            return parts.joined(separator: " ")
        }

        // The tree: sections, each with leaves and sometimes subsections with leaves.
        var folders: [(path: String, depth: Int)] = []
        var leafFiles: [String] = []
        for section in 1...10 {
            let folder = "section-\(section)"
            folders.append((folder, 1))
            for page in 1...random.int(6...14) { leafFiles.append("\(folder)/page-\(page).md") }
            if section % 3 == 0 {
                for sub in 1...3 {
                    let subfolder = "\(folder)/sub-\(sub)"
                    folders.append((subfolder, 2))
                    for page in 1...random.int(3...8) { leafFiles.append("\(subfolder)/page-\(page).md") }
                    if sub == 2 {
                        let deeper = "\(subfolder)/deeper"
                        folders.append((deeper, 3))
                        for page in 1...4 { leafFiles.append("\(deeper)/page-\(page).md") }
                    }
                }
            }
        }
        // Pad to about 200 pages with more leaves in the first section.
        var extra = 1
        while leafFiles.count + folders.count + 1 < 200 {
            leafFiles.append("section-1/extra-\(extra).md")
            extra += 1
        }

        // Headings first, so links can aim at them.
        var leaves: [Leaf] = leafFiles.map { file in
            let count = random.int(0...6)
            return Leaf(file: file, headings: (0..<count).map { "Part \($0 + 1) of \(file.split(separator: "/").last!.dropLast(3))" })
        }
        for index in leaves.indices where random.chance(10) {
            leaves[index].headings.append(leaves[index].headings.first ?? "Repeated")
        }

        func relative(from file: String, to target: String) -> String {
            let fromParts = file.split(separator: "/").dropLast()
            let toParts = target.split(separator: "/")
            var common = 0
            while common < fromParts.count, common < toParts.count - 1, fromParts[fromParts.startIndex + common] == toParts[common] {
                common += 1
            }
            let ups = Array(repeating: "..", count: fromParts.count - common)
            return (ups + toParts[common...].map(String.init)).joined(separator: "/")
        }
        func anchor(_ heading: String) -> String {
            heading.lowercased().map { $0 == " " ? "-" : String($0) }.joined()
        }

        var files: [SourceFile] = []
        files.append(SourceFile(path: "index.md", text: """
            ---
            title: A Large Generated Toolkit For Random Walks
            short: Large
            updated: 2026-01-01
            ---
            \(sentence(20...60))
            """))
        for (offset, folder) in folders.enumerated() {
            let lead = random.chance(50) ? sentence(5...80) : ""
            files.append(SourceFile(path: folder.path + "/index.md", text: """
                ---
                title: "Folder \(folder.path) \(sentence(0...12))"
                short: F\(offset)
                summary: "\(sentence(1...20))"
                order: \(random.int(1...20))
                sources: [https://example.org/\(folder.path)]
                ---
                \(lead)
                """))
        }
        for (index, leaf) in leaves.enumerated() {
            var body: [String] = []
            let blocks = random.int(0...30)
            var headingsLeft = leaf.headings
            for block in 0..<blocks {
                if !headingsLeft.isEmpty, block % 4 == 1 {
                    body.append("\(random.chance(70) ? "##" : "###") \(headingsLeft.removeFirst())")
                }
                switch random.int(0...9) {
                case 0...3:
                    var text = sentence(3...120)
                    for _ in 0..<random.int(0...3) {
                        let target = leaves[random.int(0...(leaves.count - 1))]
                        var destination = relative(from: leaf.file, to: target.file)
                        if let heading = target.headings.first, random.chance(40) { destination += "#" + anchor(heading) }
                        text += " [\(sentence(1...6))](\(destination)) \(sentence(0...10))"
                    }
                    if let first = leaf.headings.first, random.chance(5) { text += " [back to itself](#\(anchor(first)))" }
                    if random.chance(10) { text += " [the web](https://example.org/\(index))" }
                    body.append(text)
                case 4:
                    body.append((1...random.int(1...8)).map { _ in "- \(sentence(1...25))" }.joined(separator: "\n"))
                case 5:
                    body.append((1...random.int(1...5)).map { "\($0). \(sentence(1...15))\n   - \(sentence(1...10))" }.joined(separator: "\n"))
                case 6:
                    body.append("> \(sentence(5...40))\n>\n> > \(sentence(1...10))")
                case 7:
                    let columns = random.int(1...5)
                    let header = "| " + (0..<columns).map { _ in sentence(1...3) }.joined(separator: " | ") + " |"
                    let rule = "|" + String(repeating: "---|", count: columns)
                    let rows = (0..<random.int(0...6)).map { _ in "| " + (0..<columns).map { _ in sentence(0...8) }.joined(separator: " | ") + " |" }
                    body.append(([header, rule] + rows).joined(separator: "\n"))
                case 8:
                    body.append("```\n\(sentence(1...10))\n    \(sentence(20...40))\n```")
                default:
                    body.append("---")
                }
            }
            for heading in headingsLeft { body.append("## \(heading)\n\n\(sentence(0...30))") }
            // A loop: every fifth page links to the next leaf, which links back.
            if index % 5 == 0, index + 1 < leaves.count {
                body.append("Next: [onwards](\(relative(from: leaf.file, to: leaves[index + 1].file))).")
            } else if index % 5 == 1 {
                body.append("Back: [where we came from](\(relative(from: leaf.file, to: leaves[index - 1].file))).")
            }
            let title = random.chance(10) ? sentence(30...60) : "Page \(index) \(sentence(1...8))"
            files.append(SourceFile(path: leaf.file, text: """
                ---
                title: "\(title)"
                short: "\(sentence(1...3))"
                summary: "\(sentence(1...15))"
                order: \(random.int(1...50))
                sources:
                  - https://example.org/\(index)
                ---
                \(body.joined(separator: "\n\n"))
                """))
        }
        return files
    }
}

import Glibc

/// Writes deterministic content folders in the same format as `Content/` (Markdown with YAML
/// front matter, one folder per section with an `index.md`, relative links between pages with
/// heading anchors), for the load, search and large-toolkit measurements.
///
/// - `pages(count)`: `count` `.md` files in all (root, sections, subsections and leaf pages of
///   about 5 KB each). Up to 2,000 pages: 10 sections of leaf pages; above: 10 sections of 10
///   subsections each, so no menu has more than about 100 items.
/// - `bigPage`: a root, one section `big`, the 1 MB page `big/one-megabyte` and the 2 KB page
///   `big/two-kilobytes`.
///
/// Every leaf page contains the common word (`commissioning`); the rare word (`quokka`) is in
/// exactly `rareWordPages` leaf pages.
enum Generator {
    static let commonWord = "commissioning"
    static let rareWord = "quokka"
    static let rareWordPages = 3
    static let bigPageID = "big/one-megabyte"
    static let smallPageID = "big/two-kilobytes"

    /// A small, fast, deterministic random number generator (SplitMix64).
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    static let words: [String] = """
        public service partnership partner purpose council contract community outcome people local \
        provider trust value social budget review shared risk support health care housing family \
        school youth alliance voluntary sector charity board officer team plan strategy evidence \
        practice model document principle corrective procurement tender market competition cost \
        saving prevention early help wellbeing neighbourhood district county region national policy \
        law rule guidance framework agreement term year month week meeting workshop report data \
        measure result learning change reform design delivery process relationship collaboration \
        communication transparency flexibility integration fairness mutual long planning culture \
        leader manager staff volunteer resident citizen user carer worker network forum panel group \
        fund grant money pound investment return benefit impact quality safety access choice need \
        demand capacity resource asset building place space street city town village rural urban \
        approach method tool template checklist question answer example story case study lesson
        """.split(separator: " ").map(String.init)

    static let headings = ["Background", "How it works", "What changed", "Results", "Notes"]

    // MARK: - Text

    static func sentence(_ random: inout Random, extra: [String] = []) -> String {
        let length = 8 + random.below(12)
        var parts: [String] = []
        for index in 0..<length {
            var word = random.pick(words)
            if index == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
            parts.append(word)
        }
        for word in extra { parts.insert(word, at: 1 + random.below(parts.count - 1)) }
        return parts.joined(separator: " ") + "."
    }

    static func paragraph(_ random: inout Random, sentences: Int, extra: [String] = []) -> String {
        var text: [String] = []
        for index in 0..<sentences {
            text.append(sentence(&random, extra: index == 0 ? extra : []))
        }
        return wrap(text.joined(separator: " "))
    }

    /// Wraps prose at about 76 columns, as the hand-written content is.
    static func wrap(_ text: String) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > 76 {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    static func frontMatter(title: String, short: String, summary: String, order: Int, updated: String? = nil, source: String) -> String {
        var text = "---\ntitle: \"\(title)\"\nshort: \"\(short)\"\nsummary: \"\(summary)\"\norder: \(order)\n"
        if let updated { text += "updated: \(updated)\n" }
        text += "sources:\n  - \(source)\n---\n"
        return text
    }

    /// The relative link from the file at `from` to the file at `to` (both relative to the root).
    static func relativeLink(from: String, to: String) -> String {
        let fromFolder = from.split(separator: "/").dropLast().map(String.init)
        let target = to.split(separator: "/").map(String.init)
        var common = 0
        while common < fromFolder.count && common < target.count - 1 && fromFolder[common] == target[common] { common += 1 }
        let ups = Array(repeating: "..", count: fromFolder.count - common)
        return (ups + target[common...]).joined(separator: "/")
    }

    /// A leaf page of about `bytes` bytes with links to `linkTargets` (file paths).
    static func leafPage(number: Int, file: String, order: Int, linkTargets: [String], rare: Bool, bytes: Int, random: inout Random) -> String {
        let summaryWords = (0..<6).map { _ in random.pick(words) }.joined(separator: " ")
        var text = frontMatter(title: "Page \(number): \(summaryWords.prefix(1).uppercased() + summaryWords.dropFirst())",
                               short: "Page \(number)", summary: "About \(summaryWords)", order: order,
                               source: "https://example.org/generated/\(number)")
        text += paragraph(&random, sentences: 3, extra: [commonWord] + (rare ? [rareWord] : [])) + "\n"
        var links = linkTargets.enumerated().map { index, target -> String in
            let anchor = index % 2 == 1 ? "#results" : ""
            return "[\(random.pick(words)) \(random.pick(words))](\(relativeLink(from: file, to: target))\(anchor))"
        }
        links.append("[the \(random.pick(words)) site](https://example.org/\(random.pick(words))/\(number))")
        var section = 0
        while text.utf8.count < bytes - 400 || section < headings.count {
            let heading = headings[section % headings.count] + (section < headings.count ? "" : " \(section / headings.count + 1)")
            text += "\n## \(heading)\n\n"
            var body = paragraph(&random, sentences: 3 + random.below(3))
            if let link = links.popLast() { body += "\nSee also " + link + "." }
            text += body + "\n"
            switch section % 3 {
            case 0:
                text += "\n" + (0..<3).map { _ in "- " + sentence(&random) }.joined(separator: "\n") + "\n"
            case 1 where section < 3:
                text += "\n| Measure | Before | After |\n|---|---|---:|\n"
                for _ in 0..<3 { text += "| \(random.pick(words)) \(random.pick(words)) | \(random.below(90) + 10) | \(random.below(90) + 10) |\n" }
            default: break
            }
            section += 1
        }
        return text
    }

    // MARK: - Folders

    static func write(_ path: String, _ text: String) throws(GeneratorError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw GeneratorError("cannot write \(path)") }
        defer { close(descriptor) }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { throw GeneratorError("cannot write \(path)") }
            bytes = bytes.dropFirst(written)
        }
    }

    static func makeFolder(_ path: String) throws(GeneratorError) {
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw GeneratorError("cannot create \(path)") }
    }

    /// Writes a toolkit of exactly `count` pages (`.md` files) under `root`, which must be empty or absent.
    static func pages(_ count: Int, into root: String) throws(GeneratorError) {
        var random = Random(state: UInt64(count) &* 7919)
        let sections = 10
        let subsections = count > 2000 ? 10 : 0
        let folders: [String] = (1...sections).flatMap { section -> [String] in
            let name = "s" + zeroPadded(section, 2)
            return subsections == 0 ? [name] : (1...subsections).map { name + "/t" + zeroPadded($0, 2) }
        }
        let leafCount = count - 1 - sections - (subsections == 0 ? 0 : sections * subsections)
        guard leafCount >= folders.count else { throw GeneratorError("too few pages for \(folders.count) folders") }
        let leafFiles: [String] = (0..<leafCount).map { index in
            let folder = folders[index % folders.count]
            return folder + "/p" + zeroPadded(index + 1, 5) + ".md"
        }
        try makeFolder(root)
        try write(root + "/index.md", frontMatter(
            title: "Generated toolkit of \(count) pages", short: "Toolkit", summary: "A benchmark toolkit",
            order: 0, updated: "2026-01-01", source: "https://example.org/generated")
            + "\n" + paragraph(&random, sentences: 3, extra: [commonWord]) + "\n")
        for section in 1...sections {
            let name = "s" + zeroPadded(section, 2)
            try makeFolder(root + "/" + name)
            try write(root + "/" + name + "/index.md", frontMatter(
                title: "Section \(section): \(random.pick(words)) and \(random.pick(words))", short: "Section \(section)",
                summary: "Pages about \(random.pick(words)) and \(random.pick(words))", order: section,
                source: "https://example.org/generated/section-\(section)") + "\n" + paragraph(&random, sentences: 2) + "\n")
            for sub in 1...max(1, subsections) where subsections > 0 {
                let folder = name + "/t" + zeroPadded(sub, 2)
                try makeFolder(root + "/" + folder)
                try write(root + "/" + folder + "/index.md", frontMatter(
                    title: "Part \(section).\(sub): \(random.pick(words))", short: "Part \(section).\(sub)",
                    summary: "More pages about \(random.pick(words))", order: sub,
                    source: "https://example.org/generated/part-\(section)-\(sub)") + "\n" + paragraph(&random, sentences: 2) + "\n")
            }
        }
        let rareIndexes = Set((1...rareWordPages).map { $0 * leafCount / (rareWordPages + 1) })
        for (index, file) in leafFiles.enumerated() {
            let targets = (0..<4).map { _ in leafFiles[random.below(leafFiles.count)] }
            let text = leafPage(number: index + 1, file: file, order: index + 1, linkTargets: targets,
                                rare: rareIndexes.contains(index), bytes: 5120, random: &random)
            try write(root + "/" + file, text)
        }
    }

    /// Writes the one-page toolkit: the 1 MB page and a 2 KB page in section `big`.
    static func bigPage(into root: String, bytes: Int = 1 << 20) throws(GeneratorError) {
        var random = Random(state: 42)
        try makeFolder(root)
        try makeFolder(root + "/big")
        try write(root + "/index.md", frontMatter(
            title: "Generated toolkit with a 1 MB page", short: "Toolkit", summary: "A benchmark toolkit",
            order: 0, updated: "2026-01-01", source: "https://example.org/generated") + "\n" + paragraph(&random, sentences: 2) + "\n")
        try write(root + "/big/index.md", frontMatter(
            title: "Big and small pages", short: "Big", summary: "A 1 MB page and a 2 KB page", order: 1,
            source: "https://example.org/generated/big") + "\n" + paragraph(&random, sentences: 2) + "\n")
        var small = frontMatter(title: "A page of about 2 KB", short: "2 KB", summary: "A short page", order: 2,
                                source: "https://example.org/generated/small")
        small += "\n" + paragraph(&random, sentences: 3) + "\n\n## Results\n\n" + paragraph(&random, sentences: 3)
            + "\nSee [the big page](one-megabyte.md#part-2).\n\n"
            + (0..<3).map { _ in "- " + sentence(&random) }.joined(separator: "\n") + "\n\n## Notes\n\n"
        while small.utf8.count < 1900 { small += sentence(&random) + "\n" }
        try write(root + "/big/two-kilobytes.md", small)

        var big = frontMatter(title: "A page of about 1 MB", short: "1 MB", summary: "A very long page", order: 1,
                              source: "https://example.org/generated/one-megabyte")
        big += "\n" + paragraph(&random, sentences: 3) + "\n"
        var part = 1
        while big.utf8.count < bytes - 2000 {
            big += "\n## Part \(part)\n\n" + paragraph(&random, sentences: 4 + random.below(3))
            big += "\nSee [part \(max(1, part / 2))](#part-\(max(1, part / 2))) and [the small page](two-kilobytes.md#results).\n\n"
            big += (0..<3).map { _ in "- " + sentence(&random) }.joined(separator: "\n") + "\n\n"
            big += paragraph(&random, sentences: 3 + random.below(3)) + "\n"
            if part % 5 == 0 {
                big += "\n| Measure | Before | After |\n|---|---|---:|\n"
                for _ in 0..<3 { big += "| \(random.pick(words)) | \(random.below(90) + 10) | \(random.below(90) + 10) |\n" }
            }
            part += 1
        }
        try write(root + "/big/one-megabyte.md", big)
    }

    static func zeroPadded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

struct GeneratorError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

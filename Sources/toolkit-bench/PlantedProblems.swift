import Glibc

/// A copy of the 10,000-page toolkit with three problems planted in it, for goal 4 of issue 16:
/// however `toolkit check` comes to use less memory, it must go on reporting them. The copy is
/// hard links (quick, and no space) except the three changed files, which are written anew, so
/// the generated folder itself is never touched.
enum PlantedProblems {
    /// A planted problem: the file, how its text changes, and words that check's line about it holds.
    struct Plant: Sendable {
        var file: String
        var reported: String
        var change: @Sendable (String) -> String
    }

    static let plants = [
        Plant(file: "s01/t01/p00001.md", reported: "no-such-page.md") { $0 + "\nSee [nowhere](no-such-page.md).\n" },
        Plant(file: "s05/t05/p00045.md", reported: "'title'") { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("title:") }.joined(separator: "\n")
        },
        Plant(file: "s10/t10/p00100.md", reported: "#no-such-heading") { $0 + "\nSee [a missing heading](#no-such-heading).\n" },
    ]

    /// Makes the copy of `folder` at `copy` (replacing an old one) and plants the problems.
    static func make(from folder: String, at copy: String) {
        _ = runProcess(["/bin/rm", "-rf", copy])
        guard runProcess(["/bin/cp", "-al", folder, copy]).result.exitCode == 0 else { fatal("cannot copy \(folder) to \(copy)") }
        for plant in plants {
            let path = copy + "/" + plant.file
            do {
                let text = try readFile(path)
                unlink(path)
                try Generator.write(path, plant.change(text))
            } catch {
                fatal("cannot plant a problem in \(path): \(error)")
            }
        }
    }

    /// Whether check's output names every planted file on a line with the words expected for it.
    static func allReported(in output: String) -> Bool {
        let lines = output.split(separator: "\n")
        return plants.allSatisfy { plant in
            lines.contains { $0.contains(plant.file + ":") && $0.contains(plant.reported) }
        }
    }
}

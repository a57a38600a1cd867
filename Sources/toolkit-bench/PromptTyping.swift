import Catalog
import Layout
import Navigation
import Rendering

/// Goal 4 of issue 16 in process: what a letter typed in the search prompt costs on the
/// 10,000-page toolkit once the index is built, split into `reduce` (the search and the
/// results list it lays out) and `render`, so the pty's seconds per letter (5g) can be placed.
enum PromptTyping {
    static func run(_ report: Report, catalog: Catalog, scale: Double) {
        let group = "3b. A letter typed in the search prompt, 10,000 pages, in process (issue 16)"
        var state = State(catalog: catalog, size: InProcess.size)
        let open = now()
        state = reduce(state, .key(.character("/"))).state
        report.add(Row(group, "'/' the first time: reduce (builds the index)", .seconds, value: now() - open))
        for letter in FirstSearch.query.prefix(FirstSearch.timedLetters) {
            let before = state
            let typed = measure(runs: InProcess.runs(3, scale), warmup: 0, budget: 5) { state = reduce(before, .key(.character(letter))).state }
            report.add(Row(group, "'\(letter)' after '\(before.prompt?.text ?? "")': reduce", .seconds, typed))
            let drawn = state
            report.add(Row(group, "'\(letter)' after '\(before.prompt?.text ?? "")': render", .seconds,
                           measure(runs: InProcess.runs(3, scale), warmup: 0, budget: 5) { blackHole(render(drawn)) }))
        }
    }
}

/// Measurement 5e: the bytes ↓ writes in the built-in menu now that the selected item is
/// reversed across its number and title, for every step down the six items and back up, in every
/// theme and in the terminals that have no colour or only eight (`NO_COLOR`, `TERM=linux`,
/// `TERM=xterm-mono`). Issue 26 holds it to 200 bytes: lynx writes 197 for the same move, less 96.
/// The high-contrast theme is reported beside the budget, not in it: every cell of it is bold on
/// an explicit black, so each change of attribute repeats both colours (about 235 bytes a step).
enum SelectionBytes {
    /// The limit on any one step.
    static let limit = 200.0

    /// The `--theme` names.
    static let themes = ["dark", "light", "high-contrast"]

    /// The terminals and themes measured: a label, the arguments after the binary, the environment.
    static func variants(_ toolkit: String) -> [(label: String, arguments: [String], environment: [String])] {
        let base = benchEnvironment()
        let colourless = base.filter { !$0.hasPrefix("TERM=") }
        return themes.map { ("TERM=xterm-256color --theme \($0)", [toolkit, "--theme", $0], base) } + [
            ("NO_COLOR=1", [toolkit], base + ["NO_COLOR=1"]),
            ("TERM=linux", [toolkit], colourless + ["TERM=linux"]),
            ("TERM=xterm-mono", [toolkit], colourless + ["TERM=xterm-mono"]),
        ]
    }

    /// Adds a row per variant (the median and the largest step) and the budget on the largest.
    static func run(_ report: Report, toolkit: String, scale: Double) {
        let group = "5e. The menu's selection on a pseudo-terminal, 80x24"
        var worst = 0.0
        for variant in variants(toolkit) {
            progress("pty: ↓ and ↑ through the menu, \(variant.label)")
            var steps: [Double] = []
            for _ in 0..<max(1, InProcess.runs(3, scale)) {
                let session = PtySession(variant.arguments, environment: variant.environment)
                _ = session.readUntilQuiet(marker: Array("quit".utf8), quiet: PtyBench.quiet, timeout: 20)
                let application = session.applicationCursorKeys
                for key in Array(repeating: PtyBench.KeyName.down, count: 5) + Array(repeating: .up, count: 5) {
                    session.send(PtyBench.bytes(for: key, applicationMode: application))
                    steps.append(Double(session.readUntilQuiet(quiet: PtyBench.quiet, timeout: 5).bytes))
                }
                _ = session.finish()
            }
            let samples = Samples(steps)
            if !variant.label.hasSuffix("high-contrast") { worst = max(worst, steps.max() ?? 0) }
            report.add(Row(group, "\(variant.label): bytes for a step of ↓ or ↑", .bytes, samples,
                           note: "largest \(Int(steps.max() ?? 0)); the whole row of the selection reversed"))
        }
        report.budget("largest step of ↓ or ↑ in a menu ≤ \(Int(limit)) bytes, dark and light themes, NO_COLOR, linux, xterm-mono (lynx 197, less 96)",
                      measured: worst, limit: limit, unit: .bytes)
    }
}

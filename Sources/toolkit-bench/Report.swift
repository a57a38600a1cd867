/// One measured figure: its samples (or a single value) and how to print it.
struct Row {
    var group: String
    var name: String
    var unit: Unit
    var samples: Samples
    var note: String = ""

    init(_ group: String, _ name: String, _ unit: Unit, _ samples: Samples, note: String = "") {
        self.group = group
        self.name = name
        self.unit = unit
        self.samples = samples
        self.note = note
    }

    init(_ group: String, _ name: String, _ unit: Unit, value: Double, note: String = "") {
        self.init(group, name, unit, Samples([value]), note: note)
    }

    var median: Double { samples.median }
}

/// A budget from issue 8 and whether this run met it.
struct Verdict {
    var budget: String
    var measured: String
    var met: Bool?
    var margin: String
}

/// Everything one run measured, printed as Markdown tables at the end.
final class Report {
    private(set) var rows: [Row] = []
    private(set) var verdicts: [Verdict] = []
    private(set) var notes: [String] = []
    private(set) var goals: [Goal] = []

    func add(_ row: Row) {
        rows.append(row)
        let spread = row.samples.count > 1
            ? "  (p10 \(row.unit.format(row.samples.p10)), p90 \(row.unit.format(row.samples.p90)), n=\(row.samples.count))"
            : ""
        progress("  \(row.name): \(row.unit.format(row.median))\(spread)")
    }

    func add(_ newRows: [Row]) { newRows.forEach(add) }

    func row(_ name: String) -> Row? { rows.first { $0.name == name } }

    func note(_ text: String) {
        notes.append(text)
        progress("  note: " + text)
    }

    /// Records a budget of the form "measured ≤ limit".
    func budget(_ budget: String, measured: Double?, limit: Double, unit: Unit, shown: String? = nil) {
        guard let measured, measured.isFinite else {
            verdicts.append(Verdict(budget: budget, measured: "not measured", met: nil, margin: "-"))
            return
        }
        let met = measured <= limit
        let margin: String
        if met {
            margin = "met, " + percent(1 - measured / limit) + " under"
        } else {
            margin = "missed by " + unit.format(measured - limit) + " (" + fixed(measured / limit, 2) + "x the budget)"
        }
        verdicts.append(Verdict(budget: budget, measured: shown ?? unit.format(measured), met: met, margin: margin))
    }

    /// Records one of issue 16's goals, printed last.
    func goal(_ goal: Goal) {
        goals.append(goal)
        progress("  goal: \(goal.goal): \(goal.measured) against \(goal.reference): \(goal.verdict)")
    }

    func unmeasurable(_ budget: String, why: String) {
        verdicts.append(Verdict(budget: budget, measured: why, met: nil, margin: "not measurable yet"))
    }

    private func percent(_ fraction: Double) -> String { fixed(fraction * 100, 0) + "%" }

    /// The tables, in Markdown.
    func markdown() -> String {
        var text = ""
        var group = ""
        for row in rows {
            if row.group != group {
                group = row.group
                text += "\n### \(group)\n\n| measure | median | p10 | p90 | min | max | n | note |\n|---|---:|---:|---:|---:|---:|---:|---|\n"
            }
            let s = row.samples
            let u = row.unit
            if s.count > 1 {
                text += "| \(row.name) | \(u.format(s.median)) | \(u.format(s.p10)) | \(u.format(s.p90)) | \(u.format(s.min)) | \(u.format(s.max)) | \(s.count) | \(row.note) |\n"
            } else {
                text += "| \(row.name) | \(u.format(s.median)) | | | | | 1 | \(row.note) |\n"
            }
        }
        text += "\n### Budgets (issue 8)\n\n| budget | measured (median) | verdict |\n|---|---:|---|\n"
        for verdict in verdicts {
            let mark = verdict.met.map { $0 ? "**met**" : "**MISSED**" } ?? "—"
            text += "| \(verdict.budget) | \(verdict.measured) | \(mark) \(verdict.met == nil ? verdict.margin : "(" + verdict.margin + ")") |\n"
        }
        if !notes.isEmpty {
            text += "\nNotes:\n\n" + notes.map { "- " + $0 }.joined(separator: "\n") + "\n"
        }
        if !goals.isEmpty {
            text += "\n### Goals (issue 16)\n\n| goal | measured (median) | reference | ratio | verdict |\n|---|---:|---|---:|---|\n"
            for goal in goals {
                text += "| \(goal.goal) | \(goal.measured) | \(goal.reference) | \(goal.ratio) | \(goal.verdict) |\n"
            }
        }
        return text
    }
}

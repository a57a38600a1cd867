/// One of issue 16's goals as this run measured it: the figure, what it is held against, their
/// ratio, and whether it was met (nil when there is nothing to meet, or nothing was measured).
struct Goal {
    var goal: String
    var measured: String
    var reference: String
    var ratio: String
    var met: Bool?
    /// "**met**", "**missed** by …", or why there is no verdict, as the table prints it.
    var verdict: String

    /// A goal of the form "measured ≤ limit" (or "< limit" when `strictly`); the ratio is
    /// measured / limit unless `ratio` says otherwise (such as "5.05x less").
    static func atMost(_ goal: String, measured: Double?, limit: Double?, unit: Unit, reference: String,
                       ratio: String? = nil, strictly: Bool = false) -> Goal {
        guard let measured, measured.isFinite, let limit, limit.isFinite, limit > 0 else {
            return Goal(goal: goal, measured: "not measured", reference: reference, ratio: "", met: nil, verdict: "not measured")
        }
        let met = strictly ? measured < limit : measured <= limit
        let verdict = met
            ? "**met**"
            : "**missed** by \(unit.format(measured - limit)) (\(fixed(measured / limit, 2))x the goal)"
        return Goal(goal: goal, measured: unit.format(measured), reference: reference,
                    ratio: ratio ?? fixed(measured / limit, 2) + "x", met: met, verdict: verdict)
    }
}

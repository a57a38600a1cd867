import Glibc

/// Monotonic time in seconds.
func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// Samples of one measurement, with the order statistics the report prints.
struct Samples {
    var values: [Double]

    init(_ values: [Double]) { self.values = values.sorted() }

    var count: Int { values.count }
    var isEmpty: Bool { values.isEmpty }

    /// The value at quantile `q` (0...1), interpolated between the nearest ranks.
    func quantile(_ q: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let position = q * Double(values.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = Swift.min(values.count - 1, lower + 1)
        let fraction = position - Double(lower)
        return values[lower] + (values[upper] - values[lower]) * fraction
    }

    var median: Double { quantile(0.5) }
    var p10: Double { quantile(0.1) }
    var p90: Double { quantile(0.9) }
    var min: Double { values.first ?? .nan }
    var max: Double { values.last ?? .nan }
}

/// Runs `body` `runs` times after `warmup` untimed runs; returns each run's seconds. Stops early
/// (after at least one run) once the timed runs have taken `budget` seconds in all (3 s unless
/// said otherwise), so slow
/// cases (loading 10,000 pages) keep the whole benchmark within a few minutes; the report
/// shows how many runs there were.
func measure(runs: Int, warmup: Int = 1, budget: Double = 3, _ body: () -> Void) -> Samples {
    for _ in 0..<warmup { body() }
    var times: [Double] = []
    times.reserveCapacity(runs)
    var total = 0.0
    for _ in 0..<runs {
        let start = now()
        body()
        times.append(now() - start)
        total += times[times.count - 1]
        if total >= budget { break }
    }
    return Samples(times)
}

/// Keeps a value alive so the optimiser cannot drop the work that made it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

/// How a figure is printed.
enum Unit {
    case seconds, bytes, kilobytes, count, ratio

    func format(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        switch self {
        case .seconds:
            if value >= 1 { return fixed(value, 2) + " s" }
            if value >= 1e-3 { return fixed(value * 1e3, value >= 0.1 ? 0 : (value >= 0.01 ? 1 : 2)) + " ms" }
            if value >= 1e-6 { return fixed(value * 1e6, value >= 1e-4 ? 0 : 1) + " µs" }
            return fixed(value * 1e9, 0) + " ns"
        case .bytes:
            return fixed(value, 0) + " B"
        case .kilobytes:
            return fixed(value / 1024, 1) + " MB"
        case .count:
            return fixed(value, 0)
        case .ratio:
            return fixed(value, 2) + "x"
        }
    }
}

/// `value` with `digits` decimals, without Foundation.
func fixed(_ value: Double, _ digits: Int) -> String {
    guard value.isFinite else { return "n/a" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (abs(value) * scale).rounded()
    let whole = Int(rounded / scale)
    var text = (value < 0 && rounded != 0 ? "-" : "") + String(whole)
    if digits > 0 {
        let fraction = Int(rounded - Double(whole) * scale)
        let digitsText = String(fraction)
        text += "." + String(repeating: "0", count: digits - digitsText.count) + digitsText
    }
    return text
}

/// Left- or right-pads `text` to `width` characters.
func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let gap = Swift.max(0, width - text.count)
    return right ? String(repeating: " ", count: gap) + text : text + String(repeating: " ", count: gap)
}

/// Writes to standard error at once (progress lines).
func progress(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}

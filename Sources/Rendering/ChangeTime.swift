import Glibc

/// A change time (seconds since 1970) as outputs print it: `2026-12-07 14:30 UTC`, the same on
/// every machine, so a printed workbook does not depend on where it was printed.
public enum ChangeTime {
    /// `seconds` as `YYYY-MM-DD HH:MM UTC`.
    public static func text(_ seconds: Int64) -> String {
        var time = time_t(seconds)
        var parts = tm()
        guard gmtime_r(&time, &parts) != nil else { return "\(seconds)" }
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) \(two(parts.tm_hour)):\(two(parts.tm_min)) UTC"
    }
}

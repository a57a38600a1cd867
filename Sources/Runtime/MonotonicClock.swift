import Glibc

/// Time since an unspecified start that never jumps, for the presenter's timer and for waits.
public enum MonotonicClock {
    /// Milliseconds on the monotonic clock.
    public static func milliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int(now.tv_sec) * 1000 + Int(now.tv_nsec) / 1_000_000
    }
}

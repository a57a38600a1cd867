import CNcursesw
import Glibc

// File-scope globals, because a C signal handler cannot capture context.
nonisolated(unsafe) private var pendingSignal: sig_atomic_t = 0
nonisolated(unsafe) private var cursesActive: sig_atomic_t = 0

/// Signal handling for the curses session: a stop request (SIGINT, SIGTERM, SIGHUP) is recorded
/// for the event loop to turn into `.interrupted`; a crash signal restores the terminal first,
/// then dies of the same signal, so no crash leaves a garbled terminal behind.
public enum SignalGuard {
    private static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    private static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    /// The stop signal received since the last call, if any.
    public static func takePending() -> Int32? {
        let signal = pendingSignal
        pendingSignal = 0
        return signal == 0 ? nil : signal
    }

    /// Installs the handlers; call before curses starts so ncurses keeps its hands off them.
    static func install() {
        for signal in stopSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { pendingSignal = $0 }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
        for signal in crashSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in
                if cursesActive != 0 { endwin() }
                Glibc.signal(received, SIG_DFL)
                raise(received)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigaction(signal, &action, nil)
        }
    }

    /// Records whether the terminal is in curses mode, so a crash knows whether to restore it.
    static func setCursesActive(_ active: Bool) {
        cursesActive = active ? 1 : 0
    }

    /// Dies of `signal` with its default action, as if the handler had never been installed.
    public static func reraise(_ signal: Int32) -> Never {
        Glibc.signal(signal, SIG_DFL)
        raise(signal)
        exit(128 + signal)
    }
}

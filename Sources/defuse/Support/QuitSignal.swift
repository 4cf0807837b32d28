import Foundation

/// Ctrl-\ (SIGQUIT) ends `defuse` at once with exit status 131 (128 + 3, what a shell reports
/// for a program ended by SIGQUIT), without the Swift runtime's crash report.
///
/// Left to the runtime, SIGQUIT started its backtracer: a crash screen in the REPL, a false
/// crash report from `report` and `grade`, and a scripted play spinning at full CPU. Every
/// reply is committed to the results database in its own transaction before the next one is
/// read, so quitting between two calls keeps every recorded reply; a transaction cut in the
/// middle is rolled back by SQLite the next time the file is opened. The handler only calls
/// `write` and `_exit`, which are safe inside a signal handler. While readline is waiting for a
/// line, it catches the signal first, puts the terminal back as it was, and passes it on here.
enum QuitSignal {
    /// The exit status after Ctrl-\.
    static let status: Int32 = 131

    static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            _ = write(STDERR_FILENO, "\n", 1)
            _exit(131)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGQUIT, &action, nil)
        // A parent that blocked the signal (a test runner's thread, a tmux started from one)
        // passes its mask on: Ctrl-\ must still reach this handler.
        var quit = sigset_t()
        sigemptyset(&quit)
        sigaddset(&quit, SIGQUIT)
        pthread_sigmask(SIG_UNBLOCK, &quit, nil)
    }
}

@preconcurrency import CReadline
import Foundation
import Synchronization

/// GNU readline for the REPL: line editing, a history file kept between sessions, Tab
/// completion from a word list, and Ctrl-C clearing the current line instead of quitting.
final class LineEditor {
    /// What readline's callbacks read. readline calls plain C functions, which cannot capture
    /// context, so the state is the type's, behind one lock (only one editor exists at a time).
    struct State: Sendable {
        /// Tab completes these words; the matches of the word being completed, and the next one.
        var words: [String] = []
        var completionMatches: [String] = []
        var completionIndex = 0
        /// What the rep is answering (the client's line, the choices), printed again at the new
        /// width when the terminal is resized while readline waits; and the width it was shown at.
        var current: [String] = []
        var shownAt = Terminal.columns
        /// The text the next line starts out holding, for the trainer to edit.
        var pendingText: String?
    }

    static let state = Mutex(State())
    /// Set by the SIGINT handler, the only thing it does (an atomic store is async-signal-safe);
    /// readline's event hook, called about ten times a second while it waits for a key and at
    /// once after a signal, clears the line outside the handler.
    static let interrupted = Atomic<Bool>(false)

    let historyPath: String?

    init(historyPath: String?, words: [String]) {
        self.historyPath = historyPath
        Self.state.withLock { $0.words = words }
        rl_readline_name = UnsafePointer(strdup("defuse"))
        rl_attempted_completion_function = { text, _, _ in
            rl_attempted_completion_over = 1
            return rl_completion_matches(text) { text, state in
                guard let text else { return nil }
                let next = LineEditor.state.withLock { editor -> String? in
                    if state == 0 {
                        let prefix = String(cString: text)
                        editor.completionMatches = editor.words.filter { $0.hasPrefix(prefix) }
                        editor.completionIndex = 0
                    }
                    guard editor.completionIndex < editor.completionMatches.count else { return nil }
                    defer { editor.completionIndex += 1 }
                    return editor.completionMatches[editor.completionIndex]
                }
                return next.flatMap { strdup($0) }
            }
        }
        rl_event_hook = {
            // Ctrl-C: clear the line and show a fresh prompt, as shells do.
            if LineEditor.interrupted.exchange(false, ordering: .acquiringAndReleasing) {
                Terminal.write("\n")
                rl_on_new_line()
                rl_replace_line("", 0)
                rl_redisplay()
            }
            // A resize while waiting for a reply reflows what the rep is answering at the new width.
            guard let columns = Terminal.columns else { return 0 }
            let reflow = LineEditor.state.withLock { editor -> [String] in
                guard columns != editor.shownAt else { return [] }
                editor.shownAt = columns
                return editor.current
            }
            guard !reflow.isEmpty else { return 0 }
            Terminal.write("\n")
            for line in reflow { Terminal.say(line) }
            rl_on_new_line()
            rl_redisplay()
            return 0
        }
        // Slash commands complete as whole words, including the leading '/'.
        rl_basic_word_break_characters = UnsafePointer(strdup(" \t\n\"\\'`@$><=;|&{("))
        // The atomic is created before the handler can run, so the handler only stores.
        Self.interrupted.store(false, ordering: .relaxed)
        signal(SIGINT) { _ in LineEditor.interrupted.store(true, ordering: .relaxed) }
        if let historyPath {
            try? FileManager.default.createDirectory(
                atPath: (historyPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true
            )
            if !FileManager.default.fileExists(atPath: historyPath) {
                _ = FileManager.default.createFile(
                    atPath: historyPath, contents: nil, attributes: [.posixPermissions: 0o600])
            }
            _ = read_history(historyPath)
        }
    }

    /// Replaces the completion words (the menu completes ids, play completes commands).
    func complete(with words: [String]) { Self.state.withLock { $0.words = words } }

    /// Sets what the rep is answering, shown again at the new width on a resize (empty: nothing).
    static func showing(_ lines: [String]) {
        state.withLock {
            $0.current = lines
            $0.shownAt = Terminal.columns
        }
    }

    /// Reads one line; nil on Ctrl-D or when the terminal is gone.
    func readLine(prompt: String) -> String? {
        // A Ctrl-C pressed while no line was being read does not clear the next one.
        Self.interrupted.store(false, ordering: .relaxed)
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        let line = String(cString: raw)
        if !line.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(raw)
            if let historyPath {
                _ = append_history(1, historyPath)
                _ = history_truncate_file(historyPath, 1_000)
            }
        }
        return line
    }

    /// `$XDG_STATE_HOME/defuse/history`, or `~/.local/state/defuse/history`.
    static func defaultHistoryPath(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String
    {
        let state =
            environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        return state + "/defuse/history"
    }

    deinit {
        signal(SIGINT, SIG_DFL)
    }
}
